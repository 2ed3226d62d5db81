package se.fuel.decisions.web;

import java.time.LocalDate;
import java.util.List;

import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.web.FormInput;
import se.fuel.decisions.DecisionInput;

/**
 * The committee decision as typed on the document page, kept as text so that a refused form shows what was typed.
 *
 * @param asProposed "true" for "Beslutat enligt förslaget", "false" for "Beslutat med ändringar"
 */
record DecisionForm(String decidedOn, String paragraph, String asProposed, String amendment) {

	static DecisionForm empty() {
		return new DecisionForm(null, null, null, null);
	}

	/**
	 * What can be read from the form; what cannot (a date that is no date, no choice between as proposed and
	 * amended, an amendment not described) is added to {@code unreadable} in the officer's words.
	 */
	DecisionInput input(List<Violation> unreadable) {
		if (FormInput.blankToNull(decidedOn) == null) {
			unreadable.add(Violation.of("decidedOn", "decided-on-required", "decisions.decision.decidedOnRequired"));
		}
		LocalDate date = FormInput.date(decidedOn, "decidedOn", Text.of("decisions.decision.decidedOn"), unreadable);
		if (paragraph == null || paragraph.isBlank()) {
			unreadable.add(Violation.of("paragraph", "paragraph-required", "decisions.decision.paragraphRequired"));
		}
		if (!"true".equals(asProposed) && !"false".equals(asProposed)) {
			unreadable.add(Violation.of("asProposed", "as-proposed-required", "decisions.decision.asProposedRequired"));
		}
		boolean proposed = !"false".equals(asProposed);
		if (!proposed && (amendment == null || amendment.isBlank())) {
			unreadable.add(Violation.of("amendment", "amendment-required", "decisions.decision.amendmentRequired"));
		}
		return new DecisionInput(date, paragraph == null ? null : paragraph.strip(), proposed,
				proposed || amendment == null ? null : amendment.strip());
	}
}
