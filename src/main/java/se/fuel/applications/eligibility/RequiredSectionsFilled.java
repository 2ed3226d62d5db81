package se.fuel.applications.eligibility;

import java.util.List;

import se.fuel.calls.ApplicationSection;

/**
 * Every text section the call requires is filled in (for example the gender-equality analysis, required from 2018).
 * One finding per missing section, in the form's order, so that each can be linked to its field.
 */
public final class RequiredSectionsFilled implements EligibilityPolicy {

	public static final String RULE = "required-section";

	@Override
	public List<Finding> check(SubmissionCandidate candidate) {
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

	private static Finding missing(ApplicationSection section) {
		return Finding.error(section.name(), RULE,
				SectionLabels.of(section) + " måste fyllas i: utlysningen kräver avsnittet.");
	}
}
