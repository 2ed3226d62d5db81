package se.fuel.applications.eligibility;

import java.util.ArrayList;
import java.util.List;

import se.fuel.applications.eligibility.SubmissionCandidate.BudgetLine;
import se.fuel.common.PlausibleAmount;
import se.fuel.common.SwedishFormat;

/**
 * The budget has at least one line, every line says what it is for and costs more than nothing, and the lines add up
 * to exactly the requested amount, summed without overflow (huge lines whose long sum wraps round never "add up"). Lines are numbered from 1 in messages, as the applicant sees them.
 */
public final class BudgetLinesAddUp implements EligibilityPolicy {

	public static final String RULE_PRESENT = "budget-lines-present";

	public static final String RULE_DESCRIPTION = "budget-line-description";

	public static final String RULE_AMOUNT = "budget-line-amount-positive";

	public static final String RULE_SUM = "budget-lines-add-up";

	@Override
	public List<Finding> check(SubmissionCandidate candidate) {
		List<BudgetLine> lines = candidate.budgetLines() == null ? List.of() : candidate.budgetLines();
		if (lines.isEmpty()) {
			return List.of(error(RULE_PRESENT,
					"Budget saknas: ansökan måste ha minst en budgetrad som visar vad medlen ska användas till."));
		}
		var findings = new ArrayList<Finding>();
		long sum = 0;
		boolean overflow = false;
		for (int i = 0; i < lines.size(); i++) {
			BudgetLine line = lines.get(i);
			int row = i + 1;
			if (line.description() == null || line.description().isBlank()) {
				findings.add(error(RULE_DESCRIPTION, "Budgetrad " + row + " saknar beskrivning: varje budgetrad "
						+ "måste ange vad beloppet ska användas till."));
			}
			if (line.amount() <= 0) {
				findings.add(error(RULE_AMOUNT, "Budgetrad " + row + " har beloppet "
						+ SwedishFormat.kronor(line.amount()) + ": varje budgetrad måste ha ett belopp större än 0 kronor."));
			}
			else {
				PlausibleAmount.check(line.amount(), FieldLabels.BUDGET_LINES, "Budgetrad " + row)
					.ifPresent(v -> findings.add(error(PlausibleAmount.RULE, v.message().toString())));
			}
			try {
				sum = Math.addExact(sum, line.amount());
			}
			catch (ArithmeticException tooLarge) {
				overflow = true;
			}
		}
		if (overflow) {
			findings.add(error(RULE_SUM, "Budgetraderna är för stora för att summeras och kan inte vara lika med "
					+ "sökt belopp " + SwedishFormat.kronor(candidate.requestedAmount()) + "."));
		}
		else if (sum != candidate.requestedAmount()) {
			findings.add(error(RULE_SUM, "Budgetraderna summerar till " + SwedishFormat.kronor(sum)
					+ " men sökt belopp är " + SwedishFormat.kronor(candidate.requestedAmount())
					+ ": budgetens summa måste vara lika med sökt belopp."));
		}
		return findings;
	}

	private static Finding error(String rule, String message) {
		return Finding.error(FieldLabels.BUDGET_LINES, rule, message);
	}
}
