package se.fuel.applications.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.fuel.calls.ApplicationSection;

/**
 * No text section is longer than the call's word limit for it, words counted as {@link WordCount} counts them.
 */
public final class WordLimits implements EligibilityPolicy {

	public static final String RULE = "word-limit";

	@Override
	public List<Finding> check(SubmissionCandidate candidate) {
		Map<ApplicationSection, Integer> limits = candidate.call().wordLimits();
		if (limits == null) {
			return List.of();
		}
		var findings = new ArrayList<Finding>();
		for (ApplicationSection section : ApplicationSection.values()) {
			Integer limit = limits.get(section);
			int words = WordCount.of(CandidateTexts.of(candidate, section));
			if (limit != null && words > limit) {
				findings.add(Finding.error(section.name(), RULE, SectionLabels.of(section) + " har " + words
						+ " ord men utlysningen tillåter högst " + limit + " ord i avsnittet."));
			}
		}
		return findings;
	}
}
