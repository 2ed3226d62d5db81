package se.fuel.knowledge.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.fuel.common.Rule;
import se.fuel.common.Violation;
import se.fuel.knowledge.KnowledgeItemInput;

/** What an item's input must be: kind and title given, lengths within the columns, known areas and organisations. */
public final class WellFormedItemInput implements Rule<WellFormedItemInput.Candidate> {

	public static final int MAX_TITLE = 300;

	public static final int MAX_TEXT = 100_000;

	/**
	 * @param knownAreas the codes an item may have: the areas offered, and those the item already has (a retired area
	 * is not offered any more, but an item that has it may keep it)
	 * @param unknownOrganisations the input's organisations the city does not have
	 */
	public record Candidate(KnowledgeItemInput input, Set<String> knownAreas, Set<UUID> unknownOrganisations) {
	}

	@Override
	public List<Violation> check(Candidate candidate) {
		KnowledgeItemInput input = candidate.input();
		List<Violation> violations = new ArrayList<>();
		if (input.kind() == null) {
			violations.add(Violation.of("kind", "required", "knowledge.rule.kindRequired"));
		}
		String title = input.title() == null ? "" : input.title().strip();
		if (title.isEmpty()) {
			violations.add(Violation.of("title", "required", "knowledge.rule.titleRequired"));
		}
		else if (title.length() > MAX_TITLE) {
			violations.add(Violation.of("title", "max-length", "knowledge.rule.titleTooLong"));
		}
		maxLength(input.summary(), "summary", violations);
		maxLength(input.body(), "body", violations);
		maxLength(input.outcome(), "outcome", violations);
		if (input.contact() != null && input.contact().strip().length() > 500) {
			violations.add(Violation.of("contact", "max-length", "knowledge.rule.contactTooLong"));
		}
		if (input.programmeCode() != null && input.programmeCode().strip().length() > 20) {
			violations.add(Violation.of("programmeCode", "max-length", "knowledge.rule.programmeTooLong"));
		}
		if (input.year() != null && (input.year() < 1990 || input.year() > 2100)) {
			violations.add(Violation.of("year", "range", "knowledge.rule.yearRange"));
		}
		List<String> areas = input.areaCodes() == null ? List.of() : input.areaCodes();
		if (!candidate.knownAreas().containsAll(areas.stream().filter(a -> a != null && !a.isBlank()).toList())) {
			violations.add(Violation.of("areaCodes", "known-area", "knowledge.rule.knownArea"));
		}
		if (!candidate.unknownOrganisations().isEmpty()) {
			violations.add(Violation.of("organisationIds", "known-organisation", "knowledge.rule.knownOrganisation"));
		}
		tooLong(input.targetGroups(), 500, "targetGroups", "knowledge.rule.targetGroupTooLong", violations);
		tooLong(input.methods(), 300, "methods", "knowledge.rule.methodTooLong", violations);
		return violations;
	}

	private static void maxLength(String text, String field, List<Violation> violations) {
		if (text != null && text.length() > MAX_TEXT) {
			violations.add(Violation.of(field, "max-length", "knowledge.rule.textTooLong." + field));
		}
	}

	private static void tooLong(List<String> values, int max, String field, String key, List<Violation> violations) {
		if (values != null && values.stream().anyMatch(v -> v != null && v.strip().length() > max)) {
			violations.add(Violation.of(field, "max-length", key));
		}
	}
}
