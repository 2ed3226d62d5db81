package se.fuel.calls.domain;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Violation;

/** A word limit for a section allows at least one word and at most 10 000. */
public final class WordLimitsPositive implements CallRule {

	static final int MAX_WORDS = 10_000;

	@Override
	public List<Violation> check(CallInput c) {
		var found = new ArrayList<Violation>();
		if (c.wordLimits() == null) {
			return found;
		}
		c.wordLimits().forEach((section, limit) -> {
			if (section != null && limit != null && (limit < 1 || limit > MAX_WORDS)) {
				found.add(new Violation("wordLimits." + section.name(), "word-limit-positive",
						"Fältet ”Ordgräns för " + CallLabels.section(section).toLowerCase(java.util.Locale.ROOT)
								+ "” måste vara mellan 1 och " + se.fuel.common.SwedishFormat.amount(MAX_WORDS) + " ord, eller tomt för ingen gräns."));
			}
		});
		found.sort(java.util.Comparator.comparing(Violation::field));
		return found;
	}
}
