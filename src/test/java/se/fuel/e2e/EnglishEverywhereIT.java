package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;

/**
 * With English chosen, no page shows Swedish user-interface text. As each demo role it visits, breadth first from the
 * home page, every same-origin GET page reachable by links (not the sign-out, not downloads, not the language switch;
 * one page per URL shape such as {@code /applications/{id}}, at most {@link #PAGES_PER_ROLE} per role), and fails
 * listing role, page and text for every visible text (text between tags, and the {@code title}, {@code alt},
 * {@code placeholder} and {@code aria-label} attributes) that holds a Swedish UI word.
 * <p>
 * A Swedish UI word is a word of the Swedish message bundles that no English bundle value uses (plus a few that are
 * unmistakably Swedish, should an English bundle still hold an untranslated sentence). Data is not UI: titles, names
 * and descriptions that users (or the demo data) wrote are often Swedish and stay so in English. A text is taken for
 * data when the Swedish words in it all lie inside a stretch of words that is, exactly and case-sensitively, a value
 * stored in a text column of the database (or a string inside a JSON column, such as a report draft waiting on a
 * knowledge item) (so {@code "Stöd till unga i Farsta"} as a title is data, but the label
 * {@code "Beviljad"} is not excused by the stored enum name {@code BEVILJAD}). Texts the application itself stores in
 * Swedish (e.g. an audit entry's wording) are excused the same way; the bundles' tests cover those sentences.
 * Elements marked {@code lang="sv"} are Swedish on purpose and skipped: the language switch's own link, the
 * Swedish documents of record (the decision document and its texts, the annual report's body) and Swedish data shown
 * as it is stored (an audit entry's object as JSON, a report's budget lines, the words similar projects share). The output lists the pages visited per role on standard out.
 */
@DemoDataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishEverywhereIT {

	static final List<String> ROLES = List.of("farsta", "sodermalm", "handlaggare", "admin", "radsledamot", "lasare",
			"socialdirektor", "avdelningschef");

	static final int PAGES_PER_ROLE = 80;

	/** Always Swedish, even if an English bundle still borrows them from an untranslated sentence. */
	static final Set<String> UNMISTAKABLY_SWEDISH = Set.of("och", "inte", "för", "att", "med", "som", "är", "till",
			"spara", "sök", "ansökan", "ansökningar", "avbryt", "tillbaka", "logga", "utlysning", "utlysningar",
			"beslut", "bidrag", "handläggare", "visa", "ändra", "skicka", "ny", "nytt", "alla", "inga", "ingen");

	/**
	 * Swedish words that are also English words, abbreviations or parts of addresses ("EN 301 549", ".se"); "kr" is the
	 * krona's abbreviation, which English amounts in Swedish kronor use too ("200 000 kr"), and "workshop" is an
	 * English word that Swedish borrowed, so the event kind reads the same in both bundles.
	 */
	static final Set<String> ALSO_ENGLISH = Set.of("en", "se", "de", "text", "var", "mall", "ha", "kr", "workshop");

	static final Pattern DOWNLOAD = Pattern.compile("(?i).*(\\.(csv|xlsx|pdf|zip|txt|json)$|/attachments/|/files?/"
			+ "|/download|/export|/receipt|/document).*");

	static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\\d+");

	static final Pattern WORD = Pattern.compile("\\p{L}+");

	/** Stretches of a text are compared with stored values from token to token; numbers count as tokens. */
	static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	Set<String> swedishWords;

	Set<String> data;

	@BeforeAll
	void words_and_data() throws Exception {
		swedishWords = swedishUiWords();
		data = storedTexts();
	}

	@Test
	void no_page_shows_swedish_ui_text_in_english() throws Exception {
		Map<String, Set<String>> findings = new LinkedHashMap<>();
		Map<String, Integer> visited = new LinkedHashMap<>();
		for (String role : ROLES) {
			visited.put(role, crawl(role, findings));
		}
		System.out.println("EnglishEverywhereIT pages visited per role: " + visited);
		System.out.println("EnglishEverywhereIT pages with Swedish UI text: " + findings.size());
		var report = new StringBuilder();
		findings.forEach((page, texts) -> {
			report.append(page).append('\n');
			texts.forEach(t -> report.append("    ").append(t).append('\n'));
		});
		assertThat(findings).as("Swedish UI text on English pages (role page, then text [Swedish words]):%n%s", report)
			.isEmpty();
	}

	/** Visits the role's pages breadth first; returns how many it read. */
	int crawl(String role, Map<String, Set<String>> findings) throws Exception {
		var queue = new ArrayDeque<String>(List.of("/"));
		var shapes = new HashSet<String>();
		shapes.add("/");
		int pages = 0;
		while (!queue.isEmpty() && pages < PAGES_PER_ROLE) {
			String url = queue.poll();
			// A form-encoded "+" in a link's query is a space to a browser; MockMvc would keep the "+".
			MvcResult result = mvc.perform(get(url.replace("+", "%20")).cookie(new Cookie("fuel-lang", "en")).with(users.as(role)))
				.andReturn();
			var response = result.getResponse();
			List<String> next = new ArrayList<>();
			if (response.getStatus() / 100 == 3 && response.getRedirectedUrl() != null) {
				next.add(response.getRedirectedUrl());
			}
			else if (response.getStatus() == 200 && String.valueOf(response.getContentType()).startsWith("text/html")) {
				pages++;
				String html = response.getContentAsString(StandardCharsets.UTF_8);
				Set<String> swedish = swedishTexts(html);
				if (!swedish.isEmpty()) {
					findings.put(role + " " + url, swedish);
				}
				next.addAll(links(html));
			}
			for (String link : next) {
				String local = local(link);
				if (local != null && shapes.add(ID.matcher(local).replaceAll("{id}"))) {
					queue.add(local);
				}
			}
		}
		return pages;
	}

	/** A same-origin page link without its fragment, or null for what the crawl does not follow. */
	static String local(String href) {
		String link = href.replace("&amp;", "&");
		if (link.startsWith("http://localhost")) {
			link = link.substring("http://localhost".length());
		}
		if (link.contains("#")) {
			link = link.substring(0, link.indexOf('#'));
		}
		if (!link.startsWith("/") || link.startsWith("//") || link.contains("lang=") || link.startsWith("/logout")
				|| link.startsWith("/api/") || link.startsWith("/actuator") || link.startsWith("/swagger")
				|| link.startsWith("/v3/") || link.startsWith("/webjars/") || link.startsWith("/css/")
				|| link.startsWith("/js/") || link.startsWith("/fonts/") || DOWNLOAD.matcher(link).matches()) {
			return null;
		}
		return link;
	}

	static List<String> links(String html) {
		List<String> links = new ArrayList<>();
		Matcher m = Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"").matcher(html);
		while (m.find()) {
			links.add(m.group(1));
		}
		return links;
	}

	/** Every visible text of the page that holds a Swedish UI word outside stored data, with those words. */
	Set<String> swedishTexts(String html) {
		String visible = html.replaceAll("(?is)<script\\b.*?</script>", " ")
			.replaceAll("(?is)<style\\b.*?</style>", " ")
			.replaceAll("(?is)<(\\w+)\\b[^>]*\\blang=\"sv\"[^>]*>.*?</\\1>", " ");
		List<String> texts = new ArrayList<>();
		// A chart wraps a long label over several SVG texts, one line each: a line that is part of a stored value is
		// that value, which the chart's data table beside it shows whole (and this crawl checks there).
		Matcher chartLines = Pattern.compile("(?s)<text\\b[^>]*>([^<]*)</text>").matcher(visible);
		while (chartLines.find()) {
			String line = decode(chartLines.group(1)).replaceAll("\\s+", " ").strip();
			if (line.isEmpty() || data.stream().noneMatch(value -> value.contains(line))) {
				texts.add(chartLines.group(1));
			}
		}
		visible = chartLines.replaceAll(" ");
		Matcher attributes = Pattern.compile("\\b(?:title|alt|placeholder|aria-label)=\"([^\"]*)\"").matcher(visible);
		while (attributes.find()) {
			texts.add(attributes.group(1));
		}
		Matcher between = Pattern.compile(">([^<]+)<").matcher(visible);
		while (between.find()) {
			texts.add(between.group(1));
		}
		Set<String> found = new TreeSet<>();
		for (String raw : texts) {
			String text = decode(raw).replaceAll("\\s+", " ").strip();
			if (text.startsWith("{") && text.endsWith("}")) {
				continue; // an audit entry's object as JSON: data
			}
			List<String> notData = swedishOutsideData(text);
			if (!notData.isEmpty()) {
				found.add("\"" + text + "\" " + notData);
			}
		}
		return found;
	}

	/** The text's Swedish UI words that no stored value around them explains. */
	List<String> swedishOutsideData(String text) {
		List<int[]> words = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			words.add(new int[] { m.start(), m.end() });
		}
		boolean[] excused = new boolean[words.size()];
		for (int from = 0; from < words.size(); from++) {
			for (int to = Math.min(words.size() - 1, from + 150); to >= from; to--) {
				String stretch = text.substring(words.get(from)[0], words.get(to)[1]);
				if (data.contains(stretch)) {
					for (int i = from; i <= to; i++) {
						excused[i] = true;
					}
					break;
				}
			}
		}
		List<String> swedish = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = text.substring(words.get(i)[0], words.get(i)[1]);
			if (!excused[i] && WORD.matcher(word).matches() && swedishWords.contains(word.toLowerCase(Locale.ROOT))) {
				swedish.add(word);
			}
		}
		return swedish;
	}

	static String decode(String html) {
		Matcher numeric = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
		var out = new StringBuilder();
		while (numeric.find()) {
			int code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
			numeric.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
		}
		numeric.appendTail(out);
		return out.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
			.replace("&amp;", "&");
	}

	/** Words of the Swedish bundles that no English bundle value (which differs from its Swedish one) uses. */
	static Set<String> swedishUiWords() throws Exception {
		var resolver = new PathMatchingResourcePatternResolver();
		Set<String> swedish = new HashSet<>();
		Set<String> english = new HashSet<>();
		for (Resource sv : resolver.getResources("classpath*:i18n/*/messages_sv.properties")) {
			Properties svProps = load(sv);
			Properties enProps = load(sv.createRelative("messages_en.properties"));
			for (String key : svProps.stringPropertyNames()) {
				swedish.addAll(words(svProps.getProperty(key)));
				String en = enProps.getProperty(key);
				if (en != null && !en.equals(svProps.getProperty(key))) {
					english.addAll(words(en));
				}
			}
		}
		swedish.removeAll(english);
		swedish.removeIf(w -> w.length() < 2);
		swedish.removeAll(ALSO_ENGLISH);
		swedish.addAll(UNMISTAKABLY_SWEDISH);
		return swedish;
	}

	static Properties load(Resource resource) throws Exception {
		var properties = new Properties();
		if (resource.exists()) {
			try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		return properties;
	}

	static Set<String> words(String sentence) {
		Set<String> words = new LinkedHashSet<>();
		Matcher m = WORD.matcher(sentence.replaceAll("\\{[^}]*}", " "));
		while (m.find()) {
			words.add(m.group().toLowerCase(Locale.ROOT));
		}
		return words;
	}

	/** Every value of every text column, whitespace-normalised, and each of its lines. */
	Set<String> storedTexts() {
		Set<String> texts = new HashSet<>();
		List<Map<String, Object>> columns = jdbc.sql("""
				select table_schema, table_name, column_name, udt_name from information_schema.columns
				where table_schema not in ('pg_catalog', 'information_schema')
				  and (data_type in ('text', 'character varying', 'character')
				       or udt_name in ('_text', '_varchar', 'jsonb'))""").query().listOfRows();
		for (Map<String, Object> column : columns) {
			String expression = udt(column).startsWith("_") ? "unnest(\"%s\")"
					: udt(column).equals("jsonb") ? "jsonb_path_query(\"%s\", 'strict $.** ? (@.type() == \"string\")') #>> '{}'"
					: "\"%s\"";
			String sql = ("select distinct v::text from (select " + expression + " as v from \"%s\".\"%s\") stored"
					+ " where v is not null and length(v) < 5000")
				.formatted(column.get("column_name"), column.get("table_schema"), column.get("table_name"));
			for (String value : jdbc.sql(sql).query(String.class).list()) {
				List<String> variants = new ArrayList<>(List.of(value.split("\\R")));
				variants.add(value);
				for (String variant : variants) {
					String normal = variant.replaceAll("\\s+", " ").strip();
					texts.add(normal);
					// As the stretches of words are compared: without the punctuation around them.
					texts.add(normal.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", ""));
				}
			}
		}
		texts.remove("");
		return texts;
	}

	private static String udt(Map<String, Object> column) {
		return String.valueOf(column.get("udt_name"));
	}
}
