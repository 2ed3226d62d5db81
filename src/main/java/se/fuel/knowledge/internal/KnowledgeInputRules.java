package se.fuel.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.knowledge.KnowledgeArea;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.organisations.Organisations;

/** What an item's input must be: kind and title given, lengths within the columns, known areas and organisations. */
@Component
class KnowledgeInputRules {

	static final int MAX_TITLE = 300;

	static final int MAX_TEXT = 100_000;

	private final KnowledgeViews views;

	private final Organisations organisations;

	KnowledgeInputRules(KnowledgeViews views, Organisations organisations) {
		this.views = views;
		this.organisations = organisations;
	}

	/** The input as it will be saved, or a {@link ViolationException} naming every broken rule. */
	KnowledgeItemInput clean(KnowledgeItemInput input) {
		return clean(input, List.of());
	}

	/**
	 * As {@link #clean(KnowledgeItemInput)} for an item that already has {@code keptAreas}: a retired area is not
	 * offered any more, but an item that has it may keep it.
	 */
	KnowledgeItemInput clean(KnowledgeItemInput input, java.util.Collection<String> keptAreas) {
		List<Violation> violations = new ArrayList<>();
		if (input.kind() == null) {
			violations.add(new Violation("kind", "required", "Välj typ av kunskap."));
		}
		String title = input.title() == null ? "" : input.title().strip();
		if (title.isEmpty()) {
			violations.add(new Violation("title", "required", "Skriv en titel."));
		}
		else if (title.length() > MAX_TITLE) {
			violations.add(new Violation("title", "max-length", "Titeln får vara högst 300 tecken."));
		}
		maxLength(input.summary(), "summary", "Sammanfattningen", violations);
		maxLength(input.body(), "body", "Texten", violations);
		maxLength(input.outcome(), "outcome", "Resultaten", violations);
		if (input.contact() != null && input.contact().strip().length() > 500) {
			violations.add(new Violation("contact", "max-length", "Kontakt får vara högst 500 tecken."));
		}
		if (input.programmeCode() != null && input.programmeCode().strip().length() > 20) {
			violations.add(new Violation("programmeCode", "max-length", "Programmet får vara högst 20 tecken."));
		}
		if (input.year() != null && (input.year() < 1990 || input.year() > 2100)) {
			violations.add(new Violation("year", "range", "Året måste vara ett årtal mellan 1990 och 2100."));
		}
		Set<String> known = views.areas().stream().map(KnowledgeArea::code)
			.collect(Collectors.toCollection(java.util.HashSet::new));
		known.addAll(keptAreas);
		List<String> areas = input.areaCodes() == null ? List.of() : input.areaCodes();
		if (!known.containsAll(areas.stream().filter(a -> a != null && !a.isBlank()).toList())) {
			violations.add(new Violation("areaCodes", "known-area", "Välj områden ur listan över områden."));
		}
		List<UUID> orgs = input.organisationIds() == null ? List.of() : input.organisationIds();
		if (orgs.stream().anyMatch(id -> id != null && organisations.find(id).isEmpty())) {
			violations.add(new Violation("organisationIds", "known-organisation",
					"Organisationerna måste finnas bland stadens organisationer."));
		}
		tooLong(input.targetGroups(), 500, "targetGroups", "En målgrupp får vara högst 500 tecken.", violations);
		tooLong(input.methods(), 300, "methods", "En metods namn får vara högst 300 tecken.", violations);
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		return new KnowledgeItemInput(input.kind(), title, input.summary(), input.body(), input.year(),
				input.grantId(), orgs, input.programmeCode(), areas, input.targetGroups(), input.methods(),
				input.implementationStatus(), input.outcome(), input.contact());
	}

	private static void maxLength(String text, String field, String label, List<Violation> violations) {
		if (text != null && text.length() > MAX_TEXT) {
			violations.add(new Violation(field, "max-length", label + " får vara högst 100 000 tecken."));
		}
	}

	private static void tooLong(List<String> values, int max, String field, String message,
			List<Violation> violations) {
		if (values != null && values.stream().anyMatch(v -> v != null && v.strip().length() > max)) {
			violations.add(new Violation(field, "max-length", message));
		}
	}
}
