package se.fuel.assistance.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.fuel.common.Text;

/**
 * Reads figures as Kolada's API v2 gives them ({@code /v2/data/kpi/.../municipality/...} and {@code /v2/oudata/...}):
 * a page {@code {"count": n, "values": [entry...], "next_page": "..."}}, a JSON array of such pages (the pages of
 * one query saved together), an array of entries, or one entry. An entry is
 * {@code {"kpi": "N31807", "municipality": "0180" | "ou": "...", "period": 2003, "values": [{"gender": "T",
 * "value": 12.3, "status": ""}]}}. Only the total (gender T) is stored; K and M are skipped, as are values Kolada
 * marks missing (null value). Lines are those of each value in the file.
 */
final class KoladaJsonReader {

	private KoladaJsonReader() {
	}

	/**
	 * @param kpis the measure (and category) a KPI id stands for, as {@code "measure"} or {@code "measure/category"}
	 */
	public static void read(InputStream in, JsonMapper json, Function<String, Optional<String>> kpis, ImportCheck check) {
		try (JsonParser parser = json.createParser(in)) {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_ARRAY) {
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					object(parser, kpis, check);
				}
			}
			else if (first == JsonToken.START_OBJECT) {
				object(parser, kpis, check);
			}
			else {
				check.reject(1, Text.of("assistance.import.kolada.notKolada"));
			}
		}
		catch (JacksonException e) {
			long line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
			check.reject(line, Text.of("assistance.import.kolada.invalidJson", e.getOriginalMessage()));
		}
	}

	private record Located(long line, JsonNode node) {
	}

	/** A page or an entry: which it is shows when its fields have been read. */
	private static void object(JsonParser parser, Function<String, Optional<String>> kpis, ImportCheck check) {
		long line = parser.currentTokenLocation().getLineNr();
		Map<String, String> scalars = new LinkedHashMap<>();
		List<Located> values = new ArrayList<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken token = parser.nextToken();
			if ("values".equals(name) && token == JsonToken.START_ARRAY) {
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					long at = parser.currentTokenLocation().getLineNr();
					values.add(new Located(at, parser.readValueAsTree()));
				}
			}
			else if (token.isScalarValue()) {
				scalars.put(name, token == JsonToken.VALUE_NULL ? null : parser.getValueAsString());
			}
			else {
				parser.skipChildren();
			}
		}
		if (scalars.containsKey("kpi")) {
			entry(line, scalars, values, kpis, check);
			return;
		}
		for (Located v : values) {
			if (!v.node().isObject()) {
				check.reject(v.line(), Text.of("assistance.import.kolada.notAnEntry"));
				continue;
			}
			Map<String, String> fields = new LinkedHashMap<>();
			for (String name : List.of("kpi", "municipality", "ou", "period")) {
				JsonNode f = v.node().get(name);
				fields.put(name, f == null || f.isNull() ? null : f.asString());
			}
			List<Located> genders = new ArrayList<>();
			JsonNode gv = v.node().get("values");
			if (gv != null && gv.isArray()) {
				// A value's own line is not kept in a tree; the entry's line is the nearest one.
				gv.forEach(g -> genders.add(new Located(v.line(), g)));
			}
			entry(v.line(), fields, genders, kpis, check);
		}
	}

	private static void entry(long line, Map<String, String> fields, List<Located> values,
			Function<String, Optional<String>> kpis, ImportCheck check) {
		String kpi = fields.get("kpi");
		Optional<String> target = kpi == null ? Optional.empty() : kpis.apply(kpi.trim());
		if (target.isEmpty()) {
			check.reject(line, Text.of("assistance.import.kolada.unknownKpi", kpi == null ? "" : kpi));
			return;
		}
		String organisation = fields.get("ou") != null ? fields.get("ou") : fields.get("municipality");
		String[] measureCategory = target.get().split("/", 2);
		String category = measureCategory.length > 1 ? measureCategory[1] : "alla";
		if (values.isEmpty()) {
			check.reject(line, Text.of("assistance.import.kolada.noValues", kpi));
			return;
		}
		for (Located v : values) {
			JsonNode node = v.node();
			String gender = node.has("gender") ? node.get("gender").asString() : "T";
			if (!"T".equals(gender)) {
				check.skip();
				continue;
			}
			JsonNode value = node.get("value");
			if (value == null || value.isNull()) {
				check.skip();
				continue;
			}
			check.row(v.line(), organisation, fields.get("period"), measureCategory[0], category, null,
					value.isNumber() ? value.decimalValue().toPlainString() : value.asString(), "nej");
		}
	}
}
