package se.fuel.calls.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.fuel.calls.CallInput;
import se.fuel.common.Rule;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Text;
import se.fuel.common.Violation;

/** A word limit for a section allows at least one word and at most 10 000. */
public final class WordLimitsPositive implements Rule<CallInput> {

	static final int MAX_WORDS = 10_000;

	@Override
	public List<Violation> check(CallInput c) {
		var found = new ArrayList<Violation>();
		if (c.wordLimits() == null) {
			return found;
		}
		c.wordLimits().forEach((section, limit) -> {
			if (section != null && limit != null && (limit < 1 || limit > MAX_WORDS)) {
				found.add(Violation.of("wordLimits." + section.name(), "word-limit-positive",
						"calls.rule.wordLimitPositive", Text.of("calls.sectionInText." + section.name()),
						SwedishFormat.amount(MAX_WORDS)));
			}
		});
		found.sort(Comparator.comparing(Violation::field));
		return found;
	}
}
