package se.fuel.statistics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import se.fuel.grants.OutcomeCount;
import se.fuel.statistics.OutcomeStatistics.CategoryCount;
import se.fuel.statistics.OutcomeStatistics.OutcomeRow;

/**
 * Adds up what reports say of their participants: by gender, and per outcome category with its share of the
 * participants ("122 av 233 … 52,3 %"). Pure: it works on the reports it is given.
 */
final class OutcomeFigures {

	/** One handed-in report's participants and outcomes, with the year and area it counts under. */
	public record Report(int year, String area, long women, long men, long other, List<OutcomeCount> outcomes) {
	}

	/** An outcome category's code and label, in the order the table shows them. */
	public record Category(String code, String label) {
	}

	private final List<Category> categories;

	public OutcomeFigures(List<Category> categories) {
		this.categories = List.copyOf(categories);
	}

	/** The reports grouped by a key, rows in the key's order. */
	public List<OutcomeRow> rows(List<Report> reports, Function<Report, String> key) {
		Map<String, List<Report>> grouped = new TreeMap<>();
		reports.forEach(r -> grouped.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
		List<OutcomeRow> rows = new ArrayList<>();
		grouped.forEach((label, own) -> rows.add(row(label, own)));
		return rows;
	}

	/** The reports in one row. */
	public OutcomeRow row(String label, List<Report> reports) {
		long women = reports.stream().mapToLong(Report::women).sum();
		long men = reports.stream().mapToLong(Report::men).sum();
		long other = reports.stream().mapToLong(Report::other).sum();
		long participants = women + men + other;
		List<CategoryCount> counts = new ArrayList<>();
		for (Category c : categories) {
			long w = 0;
			long m = 0;
			long o = 0;
			for (Report r : reports) {
				for (OutcomeCount count : r.outcomes()) {
					if (c.code().equals(count.category())) {
						w += orZero(count.women());
						m += orZero(count.men());
						o += orZero(count.other());
					}
				}
			}
			counts.add(new CategoryCount(c.code(), c.label(), w, m, o, w + m + o, share(w + m + o, participants)));
		}
		return new OutcomeRow(label, reports.size(), women, men, other, participants, counts);
	}

	/** The part in per cent of the whole, rounded half up to one decimal: 122 of 233 (52.36) is 52,4 where the annual report truncates to "cirka 52,3". */
	public static Double share(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return Math.round(part * 1000.0 / whole) / 10.0;
	}

	static long orZero(Long n) {
		return n == null ? 0 : n;
	}
}
