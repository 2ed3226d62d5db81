package se.fuel.knowledge.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeArea;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.KnowledgeSearch.Query;
import se.fuel.knowledge.SubscriptionKind;
import se.fuel.knowledge.domain.SavedSearch;
import se.fuel.organisations.Organisations;

/**
 * What a subscription follows, in Swedish words a user recognises: "området Missbruk", "målgruppen unga vuxna",
 * "sökningen ”boendestöd” (Område: Missbruk)"; and the search page that shows it.
 */
@Component
class SubscriptionDescriptions {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final KnowledgeViews views;

	private final Organisations organisations;

	private final MessageSource messages;

	SubscriptionDescriptions(KnowledgeViews views, Organisations organisations, MessageSource messages) {
		this.views = views;
		this.organisations = organisations;
		this.messages = messages;
	}

	String describe(SubscriptionKind kind, String value) {
		return switch (kind) {
			case AREA -> "området " + areaLabel(views.allAreas(), value);
			case TARGET_GROUP -> "målgruppen " + value;
			case SEARCH -> search(SavedSearch.parse(value));
		};
	}

	/** The reason a mail gives: "Du bevakar området Missbruk." */
	String reason(SubscriptionKind kind, String value) {
		return "Du bevakar " + describe(kind, value) + ".";
	}

	String searchPath(SubscriptionKind kind, String value) {
		return switch (kind) {
			case AREA -> "/knowledge?area=" + encode(value);
			case TARGET_GROUP -> "/knowledge?targetGroup=" + encode(value);
			case SEARCH -> value.isEmpty() ? "/knowledge" : "/knowledge?" + value;
		};
	}

	private String search(Query query) {
		String words = query.text().isBlank() ? "alla nya objekt" : "sökningen ”" + query.text() + "”";
		List<String> filters = new ArrayList<>();
		Map<String, KnowledgeArea> areas = views.allAreas();
		for (String facet : KnowledgeSearch.FACETS) {
			if (query.selected(facet).isEmpty()) {
				continue;
			}
			List<String> labels = query.selected(facet).stream().sorted().map(v -> label(facet, v, areas)).toList();
			filters.add(messages.getMessage("knowledge.search.facet." + facet, null, facet, SWEDISH) + ": "
					+ String.join(" eller ", labels));
		}
		return filters.isEmpty() ? words : words + " (" + String.join("; ", filters) + ")";
	}

	private String label(String facet, String value, Map<String, KnowledgeArea> areas) {
		try {
			return switch (facet) {
				case "area" -> areaLabel(areas, value);
				case "kind" -> KnowledgeKind.valueOf(value).label();
				case "implemented" -> ImplementationStatus.valueOf(value).label();
				case "organisation" -> organisations.nameOf(UUID.fromString(value));
				default -> value;
			};
		}
		catch (IllegalArgumentException e) {
			return value;
		}
	}

	private static String areaLabel(Map<String, KnowledgeArea> areas, String code) {
		KnowledgeArea area = areas.get(code);
		return area == null ? code : area.label();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
