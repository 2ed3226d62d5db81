package se.fuel.grants.rules;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.grants.ReportInput;

/**
 * What a grant's report needs before it can be handed in: what was done, the participants by gender (0 is an
 * answer, nothing is not), experiences and conclusions, whether there is an implementation plan and if so how, and
 * proposals for further work. A draft may lack any of them.
 */
public final class ReportComplete implements Rule<ReportInput> {

	public static final String RULE = "required";

	@Override
	public List<Violation> check(ReportInput report) {
		var violations = new ArrayList<Violation>();
		text(report.whatWasDone(), "whatWasDone", "grants.report.whatWasDone", violations);
		count(report.participantsWomen(), "participantsWomen", "grants.report.field.participantsWomen", violations);
		count(report.participantsMen(), "participantsMen", "grants.report.field.participantsMen", violations);
		count(report.participantsOther(), "participantsOther", "grants.report.field.participantsOther", violations);
		text(report.experiences(), "experiences", "grants.report.experiences", violations);
		if (report.implementationPlan() == null) {
			violations.add(Violation.of("implementationPlan", RULE, "grants.rule.report.implementationPlan"));
		}
		else if (report.implementationPlan()) {
			text(report.implementationPlanHow(), "implementationPlanHow", "grants.report.implementationPlanHow",
					violations);
		}
		text(report.proposals(), "proposals", "grants.report.proposals", violations);
		return violations;
	}

	private static void text(String text, String field, String label, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(Violation.of(field, RULE, "grants.rule.report.text", Text.of(label)));
		}
	}

	private static void count(Long count, String field, String label, List<Violation> violations) {
		if (count == null) {
			violations.add(Violation.of(field, RULE, "grants.rule.report.count", Text.of(label)));
		}
	}
}
