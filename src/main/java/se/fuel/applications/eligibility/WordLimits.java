package se.fuel.applications.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.fuel.calls.ApplicationSection;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * No text section is longer than the call's word limit for it, words counted as {@link WordCount} counts them.
 */
public final class WordLimits implements Rule<SubmissionCandidate> {

	public static final String RULE = "word-limit";

	@Override
	public List<Violation> check(SubmissionCandidate candidate) {
		Map<ApplicationSection, Integer> limits = candidate.call().wordLimits();
		if (limits == null) {
			return List.of();
		}
		var found = new ArrayList<Violation>();
		for (ApplicationSection section : ApplicationSection.values()) {
			Integer limit = limits.get(section);
			int words = WordCount.of(CandidateTexts.of(candidate, section));
			if (limit != null && words > limit) {
				found.add(Violation.of(section.name(), RULE, "applications.rule.wordLimit", SectionLabels.of(section),
						String.valueOf(words), String.valueOf(limit)));
			}
		}
		return found;
	}
}
