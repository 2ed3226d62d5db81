package se.fuel.decisions.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import se.fuel.common.Violation;
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
		LocalDate date = null;
		if (decidedOn == null || decidedOn.isBlank()) {
			unreadable.add(new Violation("decidedOn", "decided-on-required",
					"Beslutsdatum måste anges: dagen då nämnden fattade beslutet."));
		}
		else {
			try {
				date = LocalDate.parse(decidedOn.strip());
			}
			catch (DateTimeParseException e) {
				unreadable.add(new Violation("decidedOn", "date",
						"Beslutsdatum (" + decidedOn + ") är inget datum: skriv det som ÅÅÅÅ-MM-DD."));
			}
		}
		if (paragraph == null || paragraph.isBlank()) {
			unreadable.add(new Violation("paragraph", "paragraph-required",
					"Paragraf måste anges: protokollets paragraf, till exempel § 12."));
		}
		if (!"true".equals(asProposed) && !"false".equals(asProposed)) {
			unreadable.add(new Violation("asProposed", "as-proposed-required",
					"Beslut: välj om nämnden beslutade enligt förslaget eller med ändringar."));
		}
		boolean proposed = !"false".equals(asProposed);
		if (!proposed && (amendment == null || amendment.isBlank())) {
			unreadable.add(new Violation("amendment", "amendment-required",
					"Ändringar måste beskrivas när nämnden beslutade med ändringar."));
		}
		return new DecisionInput(date, paragraph == null ? null : paragraph.strip(), proposed,
				proposed || amendment == null ? null : amendment.strip());
	}
}
