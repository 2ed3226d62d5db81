package se.fuel.decisions.rules;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;
import se.fuel.decisions.RoundTexts;

/** A decision document heads with a title, the committee it goes to, its date and a responsible fund officer. */
public final class RoundTextsComplete implements Rule<RoundTextsComplete.Texts> {

	/** The officer's texts, and whether their chosen officer is a fund officer (or administrator). */
	public record Texts(RoundTexts texts, boolean officerKnown) {
	}

	@Override
	public List<Violation> check(Texts candidate) {
		RoundTexts texts = candidate.texts();
		var found = new ArrayList<Violation>();
		if (texts.title() == null || texts.title().isBlank()) {
			found.add(Violation.of("title", "required", "decisions.rule.titleRequired"));
		}
		if (texts.recipient() == null || texts.recipient().isBlank()) {
			found.add(Violation.of("recipient", "required", "decisions.rule.recipientRequired"));
		}
		if (texts.documentDate() == null) {
			found.add(Violation.of("documentDate", "required", "decisions.rule.documentDateRequired"));
		}
		if (texts.officerId() == null || !candidate.officerKnown()) {
			found.add(Violation.of("officerId", "officer", "decisions.rule.officerRequired"));
		}
		return found;
	}
}
