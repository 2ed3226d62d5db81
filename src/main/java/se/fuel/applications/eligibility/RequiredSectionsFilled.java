package se.fuel.applications.eligibility;

import java.util.List;

import se.fuel.calls.ApplicationSection;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * Every text section the call requires is filled in (for example the gender-equality analysis, required from 2018).
 * One violation per missing section, in the form's order, so that each can be linked to its field.
 */
public final class RequiredSectionsFilled implements Rule<SubmissionCandidate> {

	public static final String RULE = "required-section";

	@Override
	public List<Violation> check(SubmissionCandidate candidate) {
		var required = candidate.call().requiredSections();
		if (required == null) {
			return List.of();
		}
		return required.stream()
			.sorted()
			.filter(section -> CandidateTexts.of(candidate, section).isBlank())
			.map(RequiredSectionsFilled::missing)
			.toList();
	}

	private static Violation missing(ApplicationSection section) {
		return Violation.of(section.name(), RULE, "applications.rule.requiredSection", SectionLabels.of(section));
	}
}
