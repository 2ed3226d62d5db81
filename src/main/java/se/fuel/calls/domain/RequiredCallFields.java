package se.fuel.calls.domain;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Violation;

/** A call needs a programme, a year, a title, a budget, a window, a cap per application and at least one main criterion. */
public final class RequiredCallFields implements CallRule {

	static final int TITLE_MAX = 300;

	static final int CRITERION_MAX = 2000;

	@Override
	public List<Violation> check(CallInput c) {
		var found = new ArrayList<Violation>();
		if (c.blank(c.programmeCode())) {
			found.add(missing("programmeCode", "Program", "Välj ett program."));
		}
		if (c.year() == null) {
			found.add(missing("year", "År", "Ange året medlen avser."));
		}
		if (c.blank(c.title())) {
			found.add(missing("title", "Rubrik", "Ange en rubrik."));
		}
		else if (c.title().strip().length() > TITLE_MAX) {
			found.add(new Violation("title", "max-length",
					"Fältet ”Rubrik” får vara högst " + TITLE_MAX + " tecken."));
		}
		if (c.budget() == null) {
			found.add(missing("budget", "Budget", "Ange budgeten i hela kronor."));
		}
		if (c.opensAt() == null) {
			found.add(missing("opensAt", "Öppnar", "Ange datum och tid då utlysningen öppnar."));
		}
		if (c.closesAt() == null) {
			found.add(missing("closesAt", "Stänger", "Ange datum och tid då utlysningen stänger."));
		}
		if (c.maxAmountPerApplication() == null) {
			found.add(missing("maxAmountPerApplication", "Högsta belopp per ansökan", "Ange beloppet i hela kronor."));
		}
		var criteria = CallInput.lines(c.mainCriteria());
		if (criteria.isEmpty()) {
			found.add(missing("mainCriteria", "Huvudkriterier", "Ange minst ett huvudkriterium, ett per rad."));
		}
		if (criteria.stream().anyMatch(s -> s.length() > CRITERION_MAX)
				|| CallInput.lines(c.priorityAreas()).stream().anyMatch(s -> s.length() > CRITERION_MAX)) {
			found.add(new Violation(criteria.stream().anyMatch(s -> s.length() > CRITERION_MAX) ? "mainCriteria"
					: "priorityAreas", "max-length",
					"Ett huvudkriterium eller prioriterat område får vara högst " + CRITERION_MAX + " tecken."));
		}
		if (c.capGroup() != null && c.capGroup().strip().length() > 100) {
			found.add(new Violation("capGroup", "max-length", "Fältet ”Takgrupp” får vara högst 100 tecken."));
		}
		if (c.registrationPrefix() != null && c.registrationPrefix().strip().length() > 20) {
			found.add(new Violation("registrationPrefix", "max-length",
					"Fältet ”Prefix för diarienummer” får vara högst 20 tecken."));
		}
		return found;
	}

	private static Violation missing(String field, String label, String hint) {
		return new Violation(field, "required", "Fältet ”" + label + "” måste fyllas i. " + hint);
	}
}
