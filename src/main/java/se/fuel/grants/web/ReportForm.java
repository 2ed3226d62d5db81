package se.fuel.grants.web;

import java.util.List;
import java.util.Map;

import se.fuel.applications.ApplicationContent;

/**
 * Where a report that was never saved starts: from the application's budget lines, and with 0 in the participant
 * counts, so that an organisation with no participant of another gender need not type the 0 that the report needs
 * before it can be handed in. A saved report shows what was saved, blanks included.
 */
final class ReportForm {

	/** The version of a report that was never saved. */
	static final long UNSAVED = -1;

	private static final List<String> COUNTS = List.of("participantsWomen", "participantsMen", "participantsOther");

	private ReportForm() {
	}

	/**
	 * Fills the form's values of an unsaved report: each budget line's description, and its amount as granted when
	 * the grant is what the budget asked for (a partly granted budget says nothing about each line's share).
	 *
	 * @return how many budget lines the form now has
	 */
	static int startFrom(Map<String, String> values, List<ApplicationContent.Line> budget, long granted) {
		for (String count : COUNTS) {
			if (values.getOrDefault(count, "").isEmpty()) {
				values.put(count, "0");
			}
		}
		long asked = budget.stream().mapToLong(ApplicationContent.Line::amount).sum();
		for (int i = 0; i < budget.size(); i++) {
			ApplicationContent.Line line = budget.get(i);
			values.put("lines-" + i + "-description", line.description() == null ? "" : line.description());
			values.put("lines-" + i + "-granted", asked == granted ? Long.toString(line.amount()) : "");
			values.put("lines-" + i + "-actual", "");
		}
		return budget.size();
	}
}
