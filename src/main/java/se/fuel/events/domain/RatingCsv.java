package se.fuel.events.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import se.fuel.common.PlausiblePeopleCount;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Text;
import se.fuel.documents.CsvLine;

/**
 * Reads an evaluation from a CSV file in one of two shapes (README, "Event evaluations"): one rating per row (column
 * {@code betyg}), or the distribution as rating and number of responses (columns {@code betyg} and {@code antal}).
 * Columns are separated by semicolons (as Swedish Excel saves) or commas; a header row is optional. The whole file is
 * read before anything is decided, so that every rejected line is reported at once.
 */
public final class RatingCsv {

	/** A line the import refuses, with its number in the file (1 = first line) and the reason. */
	public record Rejected(int line, Text reason) {
	}

	/** The responses per rating the file holds, or the lines that stop it. */
	public record Result(Map<Integer, Integer> responsesPerRating, List<Rejected> rejected) {

		public boolean accepted() {
			return rejected.isEmpty();
		}
	}

	private RatingCsv() {
	}

	public static Result read(String text) {
		String[] lines = text.replace("\uFEFF", "").split("\\r?\\n|\\r", -1);
		List<Rejected> rejected = new ArrayList<>();
		Map<Integer, Integer> counts = new TreeMap<>();
		Integer columns = null;
		boolean any = false;
		for (int i = 0; i < lines.length; i++) {
			int number = i + 1;
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			List<String> cells = CsvLine.cells(line);
			if (columns == null && isHeader(cells)) {
				columns = cells.size();
				if (columns > 2) {
					rejected.add(new Rejected(number, Text.of("events.csv.header")));
				}
				continue;
			}
			if (columns == null) {
				columns = Math.min(cells.size(), 2);
			}
			any = true;
			if (cells.size() != columns) {
				rejected.add(new Rejected(number, Text.of(columns == 1 ? "events.csv.columns.one" : "events.csv.columns.two",
						String.valueOf(cells.size()))));
				continue;
			}
			Integer rating = number(cells.get(0));
			if (rating == null) {
				rejected.add(new Rejected(number, Text.of("events.csv.ratingNotNumber", cells.get(0))));
				continue;
			}
			if (rating < RatingDistribution.LOWEST || rating > RatingDistribution.HIGHEST) {
				rejected.add(new Rejected(number, Text.of("events.csv.ratingOutOfScale", String.valueOf(rating))));
				continue;
			}
			int responses = 1;
			if (columns == 2) {
				Integer count = number(cells.get(1));
				if (count == null) {
					rejected.add(new Rejected(number, Text.of("events.csv.countNotNumber", cells.get(1))));
					continue;
				}
				if (count < 0) {
					rejected.add(new Rejected(number, Text.of("events.csv.countNegative", String.valueOf(count))));
					continue;
				}
				if (count > PlausiblePeopleCount.MAX_PEOPLE) {
					// More answers than Stockholm has people: a typo, and ten such would overflow the totals.
					rejected.add(new Rejected(number, Text.of("events.csv.countTooLarge", String.valueOf(count),
							SwedishFormat.amount(PlausiblePeopleCount.MAX_PEOPLE))));
					continue;
				}
				if (counts.containsKey(rating) && columns == 2) {
					rejected.add(new Rejected(number, Text.of("events.csv.ratingRepeated", String.valueOf(rating))));
					continue;
				}
				responses = count;
			}
			counts.merge(rating, responses, Integer::sum);
		}
		if (!any && rejected.isEmpty()) {
			rejected.add(new Rejected(0, Text.of("events.csv.empty")));
		}
		counts.values().removeIf(c -> c == 0);
		return new Result(rejected.isEmpty() ? counts : Map.of(), List.copyOf(rejected));
	}

	private static boolean isHeader(List<String> cells) {
		String first = cells.get(0).toLowerCase(Locale.ROOT);
		return first.equals("betyg") || first.equals("rating") || first.equals("omdöme");
	}

	private static Integer number(String cell) {
		if (!cell.matches("[+-]?\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(cell);
	}
}
