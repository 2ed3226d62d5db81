package se.fuel.statistics.assistance.importing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import se.fuel.statistics.AssistanceMeasure;
import se.fuel.statistics.BarrierCategory;
import se.fuel.statistics.ImportRejection;
import se.fuel.statistics.RegistrationLevel;

/**
 * Everything an import file's rows are checked against before anything is stored, whatever the file format: known
 * organisation, measure and category, a period, a number, and no row twice. Collects every accepted row and every
 * rejection with its line, so the report can list them all at once.
 */
public final class ImportCheck {

	// Compiled once: a million-row file checks three patterns a row.
	private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");

	private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");

	private static final java.util.regex.Pattern KOLADA_MONTH = java.util.regex.Pattern.compile("\\d{4}M\\d{2}");

	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

	private final Function<String, Optional<UUID>> organisations;

	private final List<ImportRow> rows = new ArrayList<>();

	private final List<ImportRejection> rejections = new ArrayList<>();

	private final Map<ImportRow.Key, Long> seen = new HashMap<>();

	private final AtomicLong processed;

	// A file repeats a few organisations, measures and categories a million times: resolve each text once.
	private final Map<String, Optional<UUID>> organisationCache = new HashMap<>();

	private final Map<String, Optional<AssistanceMeasure>> measureCache = new HashMap<>();

	private final Map<String, Optional<BarrierCategory>> categoryCache = new HashMap<>();

	private long skipped;

	/** @param organisations finds an organisation's id by its code or name ("staden" is the whole city) */
	public ImportCheck(Function<String, Optional<UUID>> organisations, AtomicLong processed) {
		this.organisations = organisations;
		this.processed = processed;
	}

	public List<ImportRow> rows() {
		return rows;
	}

	public List<ImportRejection> rejections() {
		return rejections;
	}

	public long skipped() {
		return skipped;
	}

	public void reject(long line, String reason) {
		rejections.add(new ImportRejection(line, reason));
		processed.incrementAndGet();
	}

	public void skip() {
		skipped++;
		processed.incrementAndGet();
	}

	/**
	 * Checks one row given as text and keeps it or its rejections.
	 * @param period {@code ÅÅÅÅ-MM} for a month, {@code ÅÅÅÅ} for a whole year
	 */
	public void row(long line, String organisation, String period, String measure, String category, String level,
			String value, String madeUp) {
		processed.incrementAndGet();
		List<String> problems = new ArrayList<>();
		Optional<UUID> org = organisation == null || organisation.isBlank() ? Optional.empty()
				: organisationCache.computeIfAbsent(organisation, o -> organisations.apply(o.trim()));
		if (organisation == null || organisation.isBlank()) {
			problems.add("organisation saknas");
		}
		else if (org.isEmpty()) {
			problems.add("okänd organisation \"" + organisation.trim() + "\"");
		}
		Optional<AssistanceMeasure> m = measureCache.computeIfAbsent(measure == null ? "" : measure,
				AssistanceMeasure::byCode);
		if (m.isEmpty()) {
			problems.add("okänt mått \"" + nullToEmpty(measure) + "\"");
		}
		Optional<BarrierCategory> c = categoryCache.computeIfAbsent(category == null ? "" : category,
				BarrierCategory::byCode);
		if (c.isEmpty()) {
			problems.add("okänd kategori \"" + nullToEmpty(category) + "\"");
		}
		else if (m.isPresent() && m.get().structural() && c.get() != BarrierCategory.ALL) {
			problems.add("strukturvariabeln " + m.get().code() + " har ingen kategori (ange \"alla\" eller lämna tomt)");
		}
		RegistrationLevel l = null;
		if (level != null && !level.isBlank()) {
			l = RegistrationLevel.byCode(level).orElse(null);
			if (l == null) {
				problems.add("okänd registreringsnivå \"" + level.trim() + "\" (hushall eller individ)");
			}
		}
		Period p = period(period, problems);
		Double v = number(value, problems);
		Boolean made = madeUp(madeUp, problems);
		if (!problems.isEmpty()) {
			rejections.add(new ImportRejection(line, capitalise(String.join("; ", problems)) + "."));
			return;
		}
		ImportRow row = new ImportRow(line, org.get(), m.get(), c.get(), p.annual, p.start, l, v, made);
		Long earlier = seen.putIfAbsent(row.key(), line);
		if (earlier != null) {
			rejections.add(new ImportRejection(line, "Dubblett: samma organisation, period, mått och kategori som rad "
					+ earlier + "."));
			return;
		}
		rows.add(row);
	}

	private record Period(LocalDate start, boolean annual) {
	}

	private static Period period(String text, List<String> problems) {
		String t = text == null ? "" : text.trim();
		try {
			if (YEAR.matcher(t).matches()) {
				int year = Integer.parseInt(t);
				if (year >= 1900 && year <= 2100) {
					return new Period(LocalDate.of(year, 1, 1), true);
				}
			}
			else if (MONTH.matcher(t).matches()) {
				YearMonth month = YearMonth.parse(t);
				if (month.getYear() >= 1900 && month.getYear() <= 2100) {
					return new Period(month.atDay(1), false);
				}
			}
			else if (KOLADA_MONTH.matcher(t).matches()) {
				// Kolada and SCB write months as 2003M10.
				YearMonth month = YearMonth.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
				return new Period(month.atDay(1), false);
			}
		}
		catch (java.time.DateTimeException e) {
			// reported below
		}
		problems.add("ogiltig period \"" + t + "\" (ÅÅÅÅ-MM för en månad, ÅÅÅÅ för ett helt år)");
		return null;
	}

	private static Double number(String text, List<String> problems) {
		String t = text == null ? "" : text.trim().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
		if (t.isEmpty()) {
			problems.add("värde saknas");
			return null;
		}
		try {
			double v = Double.parseDouble(t);
			if (Double.isNaN(v) || Double.isInfinite(v) || !NUMBER.matcher(t).matches()) {
				problems.add("värdet \"" + text.trim() + "\" är inget tal");
				return null;
			}
			if (v < 0) {
				problems.add("värdet " + text.trim() + " är negativt");
				return null;
			}
			if (v >= 1e14) {
				problems.add("värdet " + text.trim() + " är orimligt stort");
				return null;
			}
			return v;
		}
		catch (NumberFormatException e) {
			problems.add("värdet \"" + text.trim() + "\" är inget tal");
			return null;
		}
	}

	private static Boolean madeUp(String text, List<String> problems) {
		String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		return switch (t) {
			case "", "nej", "false", "0" -> false;
			case "ja", "true", "1" -> true;
			default -> {
				problems.add("påhittad ska vara ja eller nej, inte \"" + text.trim() + "\"");
				yield null;
			}
		};
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s.trim();
	}

	private static String capitalise(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}
