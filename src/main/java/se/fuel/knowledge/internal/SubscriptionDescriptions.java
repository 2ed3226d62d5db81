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
import se.fuel.knowledge.SavedSearch;
import se.fuel.common.SwedishFormat;
import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeArea;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.SubscriptionKind;
import se.fuel.organisations.Organisations;

/**
 * What a subscription follows, in words a user recognises: "området Missbruk", "målgruppen unga vuxna",
 * "sökningen ”boendestöd” (Område: Missbruk)"; and the search page that shows it. Pages and the API read it in
 * the reader's language; the mail's reasons are Swedish, the language of the city's staff.
 */
@Component
class SubscriptionDescriptions {

	private final KnowledgeViews views;

	private final Organisations organisations;

	private final MessageSource messages;

	SubscriptionDescriptions(KnowledgeViews views, Organisations organisations, MessageSource messages) {
		this.views = views;
		this.organisations = organisations;
		this.messages = messages;
	}

	/** What is followed, in the current request's language. */
	String describe(SubscriptionKind kind, String value) {
		return describe(kind, value, ReadersLanguage.locale());
	}

	String describe(SubscriptionKind kind, String value, Locale locale) {
		return switch (kind) {
			case AREA -> message(locale, "knowledge.subscriptions.describe.area", areaLabel(views.allAreas(), value));
			case TARGET_GROUP -> message(locale, "knowledge.subscriptions.describe.targetGroup", value);
			case SEARCH -> search(SavedSearch.parse(value), locale);
		};
	}

	/** The reason a mail gives, in Swedish: "Du bevakar området Missbruk." */
	String reason(SubscriptionKind kind, String value) {
		return message(SwedishFormat.SWEDISH, "knowledge.subscriptions.reason", describe(kind, value, SwedishFormat.SWEDISH));
	}

	String searchPath(SubscriptionKind kind, String value) {
		return switch (kind) {
			case AREA -> "/knowledge?area=" + encode(value);
			case TARGET_GROUP -> "/knowledge?targetGroup=" + encode(value);
			case SEARCH -> value.isEmpty() ? "/knowledge" : "/knowledge?" + value;
		};
	}

	private String search(KnowledgeSearch.Query query, Locale locale) {
		String words = query.text().isBlank() ? message(locale, "knowledge.subscriptions.describe.everything")
				: message(locale, "knowledge.subscriptions.describe.search", query.text());
		List<String> filters = new ArrayList<>();
		Map<String, KnowledgeArea> areas = views.allAreas();
		for (String facet : KnowledgeSearch.FACETS) {
			if (query.selected(facet).isEmpty()) {
				continue;
			}
			List<String> labels = query.selected(facet).stream().sorted().map(v -> label(facet, v, areas, locale))
				.toList();
			String either = labels.get(0);
			for (String next : labels.subList(1, labels.size())) {
				either = message(locale, "knowledge.subscriptions.describe.or", either, next);
			}
			filters.add(message(locale, "knowledge.subscriptions.describe.filter",
					messages.getMessage("knowledge.search.facet." + facet, null, facet, locale), either));
		}
		return filters.isEmpty() ? words
				: message(locale, "knowledge.subscriptions.describe.filtered", words, String.join("; ", filters));
	}

	private String label(String facet, String value, Map<String, KnowledgeArea> areas, Locale locale) {
		try {
			return switch (facet) {
				case "area" -> areaLabel(areas, value);
				case "kind" -> message(locale, KnowledgeKind.valueOf(value).messageKey());
				case "implemented" -> message(locale, ImplementationStatus.valueOf(value).messageKey());
				case "organisation" -> organisations.nameOf(UUID.fromString(value));
				default -> value;
			};
		}
		catch (IllegalArgumentException e) {
			return value;
		}
	}

	private String message(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static String areaLabel(Map<String, KnowledgeArea> areas, String code) {
		KnowledgeArea area = areas.get(code);
		return area == null ? code : area.label();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
