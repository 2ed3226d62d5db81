package se.fuel.statistics;

import java.util.List;

/**
 * What the fund statistics are asked for: a span of years, a set of programmes and whether historical organisations
 * are rolled up into today's.
 *
 * @param programmes programme codes (e.g. "LUM", "5+5"); empty means every programme
 * @param rolledUp true: a historical organisation counts as the one that carries its work today (Rinkeby and Kista as
 * Järva); false: as it was
 */
public record FundQuery(int fromYear, int toYear, List<String> programmes, boolean rolledUp) {

	public FundQuery {
		programmes = programmes == null ? List.of() : List.copyOf(programmes);
	}

	public boolean includes(String programme) {
		return programmes.isEmpty() || programmes.contains(programme);
	}

	public boolean includes(int year) {
		return year >= fromYear && year <= toYear;
	}

	/** "2002–2003", or "2017" for one year. */
	public String years() {
		return fromYear == toYear ? Integer.toString(fromYear) : fromYear + "\u2013" + toYear;
	}
}
