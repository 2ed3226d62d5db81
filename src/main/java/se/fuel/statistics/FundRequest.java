package se.fuel.statistics;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.statistics.FundChoices;
import se.fuel.statistics.FundQuery;

/**
 * What a page or the API asked for, as typed: years as text, programmes, and the lineage switch ("today" rolls
 * historical organisations up into today's, anything else shows them as they were). Empty years mean every year there
 * are figures for.
 */
public record FundRequest(String from, String to, List<String> programmes, String lineage) {

	public static final String TODAY = "today";

	public static final String AS_THEY_WERE = "historical";

	public FundRequest {
		from = from == null ? "" : from.strip();
		to = to == null ? "" : to.strip();
		programmes = programmes == null ? List.of()
				: programmes.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
		lineage = TODAY.equals(lineage) ? TODAY : AS_THEY_WERE;
	}

	public boolean rolledUp() {
		return TODAY.equals(lineage);
	}

	/** The query, the missing years taken from the choices; a year that is not four digits is a violation. */
	public FundQuery query(FundChoices choices) {
		List<Violation> violations = new ArrayList<>();
		Integer first = year(from, "from", violations);
		Integer last = year(to, "to", violations);
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		int min = choices.years().isEmpty() ? 2002 : choices.years().get(0);
		int max = choices.years().isEmpty() ? min : choices.years().get(choices.years().size() - 1);
		int start = first != null ? first : last != null && last < min ? last : min;
		int end = last != null ? last : first != null && first > max ? first : max;
		return new FundQuery(start, end, programmes, rolledUp());
	}

	private static Integer year(String typed, String field, List<Violation> violations) {
		if (typed.isEmpty()) {
			return null;
		}
		if (!typed.matches("\\d{4}")) {
			violations.add(Violation.of(field, "year", "statistics.funds.yearFormat",
					Text.of("statistics.funds.filter." + field)));
			return null;
		}
		return Integer.valueOf(typed);
	}
}
