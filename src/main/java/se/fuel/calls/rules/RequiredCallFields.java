package se.fuel.calls.rules;

import java.util.ArrayList;
import java.util.List;

import se.fuel.calls.CallInput;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** A call needs a programme, a year, a title, a budget, a window, a cap per application and at least one main criterion. */
public final class RequiredCallFields implements Rule<CallInput> {

	static final int TITLE_MAX = 300;

	static final int CRITERION_MAX = 2000;

	@Override
	public List<Violation> check(CallInput c) {
		var found = new ArrayList<Violation>();
		if (c.blank(c.programmeCode())) {
			found.add(missing("programmeCode"));
		}
		if (c.year() == null) {
			found.add(missing("year"));
		}
		if (c.blank(c.title())) {
			found.add(missing("title"));
		}
		else if (c.title().strip().length() > TITLE_MAX) {
			found.add(tooLong("title", TITLE_MAX));
		}
		if (c.budget() == null) {
			found.add(missing("budget"));
		}
		if (c.opensAt() == null) {
			found.add(missing("opensAt"));
		}
		if (c.closesAt() == null) {
			found.add(missing("closesAt"));
		}
		if (c.maxAmountPerApplication() == null) {
			found.add(missing("maxAmountPerApplication"));
		}
		var criteria = CallInput.lines(c.mainCriteria());
		if (criteria.isEmpty()) {
			found.add(missing("mainCriteria"));
		}
		boolean longCriterion = criteria.stream().anyMatch(s -> s.length() > CRITERION_MAX);
		if (longCriterion || CallInput.lines(c.priorityAreas()).stream().anyMatch(s -> s.length() > CRITERION_MAX)) {
			found.add(Violation.of(longCriterion ? "mainCriteria" : "priorityAreas", "max-length",
					"calls.rule.maxLength.criterion", String.valueOf(CRITERION_MAX)));
		}
		if (c.capGroup() != null && c.capGroup().strip().length() > 100) {
			found.add(tooLong("capGroup", 100));
		}
		if (c.registrationPrefix() != null && c.registrationPrefix().strip().length() > 20) {
			found.add(tooLong("registrationPrefix", 20));
		}
		return found;
	}

	private static Violation missing(String field) {
		return Violation.of(field, "required", "calls.rule.required." + field);
	}

	private static Violation tooLong(String field, int max) {
		return Violation.of(field, "max-length", "calls.rule.maxLength." + field, String.valueOf(max));
	}
}
