package se.fuel.applications.eligibility;

import java.util.ArrayList;
import java.util.List;

import se.fuel.applications.eligibility.SubmissionCandidate.BudgetLine;
import se.fuel.common.PlausibleAmount;
import se.fuel.common.Rule;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Text;
import se.fuel.common.Violation;

/**
 * The budget has at least one line, every line says what it is for and costs more than nothing, and the lines add up
 * to exactly the requested amount, summed without overflow (huge lines whose long sum wraps round never "add up").
 * Lines are numbered from 1 in messages, as the applicant sees them.
 */
public final class BudgetLinesAddUp implements Rule<SubmissionCandidate> {

	public static final String RULE_PRESENT = "budget-lines-present";

	public static final String RULE_DESCRIPTION = "budget-line-description";

	public static final String RULE_AMOUNT = "budget-line-amount-positive";

	public static final String RULE_SUM = "budget-lines-add-up";

	@Override
	public List<Violation> check(SubmissionCandidate candidate) {
		List<BudgetLine> lines = candidate.budgetLines() == null ? List.of() : candidate.budgetLines();
		if (lines.isEmpty()) {
			return List.of(violation(RULE_PRESENT, "applications.rule.budgetLinesPresent"));
		}
		var found = new ArrayList<Violation>();
		long sum = 0;
		boolean overflow = false;
		for (int i = 0; i < lines.size(); i++) {
			BudgetLine line = lines.get(i);
			String row = String.valueOf(i + 1);
			if (line.description() == null || line.description().isBlank()) {
				found.add(violation(RULE_DESCRIPTION, "applications.rule.budgetLineDescription", row));
			}
			if (line.amount() <= 0) {
				found.add(violation(RULE_AMOUNT, "applications.rule.budgetLineAmountPositive", row,
						SwedishFormat.kronor(line.amount())));
			}
			else {
				PlausibleAmount.check(line.amount(), FieldLabels.BUDGET_LINES,
						Text.of("applications.label.budgetLine", row))
					.ifPresent(found::add);
			}
			try {
				sum = Math.addExact(sum, line.amount());
			}
			catch (ArithmeticException tooLarge) {
				overflow = true;
			}
		}
		if (overflow) {
			found.add(violation(RULE_SUM, "applications.rule.budgetLinesTooLarge",
					SwedishFormat.kronor(candidate.requestedAmount())));
		}
		else if (sum != candidate.requestedAmount()) {
			found.add(violation(RULE_SUM, "applications.rule.budgetLinesAddUp", SwedishFormat.kronor(sum),
					SwedishFormat.kronor(candidate.requestedAmount())));
		}
		return found;
	}

	private static Violation violation(String rule, String key, Object... arguments) {
		return Violation.of(FieldLabels.BUDGET_LINES, rule, key, arguments);
	}
}
