package se.fuel.assistance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.BarrierCategory;
import se.fuel.assistance.ImportRejection;
import se.fuel.assistance.RegistrationLevel;
import se.fuel.assistance.Swedish;
import se.fuel.common.Text;

/**
 * Everything an import file's rows are checked against before anything is stored, whatever the file format: known
 * organisation, measure and category, a period, a number, and no row twice. Hands every accepted row on as it is
 * checked (to the COPY of a running import, or to a list) and keeps every rejection with its line, so the report can
 * list them all at once.
 */
final class ImportCheck {

	/** The rejections kept for the report; a file wrong on every line still reports its count. */
	static final int KEPT_REJECTIONS = 10_000;

	private final Function<String, Optional<UUID>> organisations;

	private final Consumer<ImportRow> accepted;

	private final List<ImportRow> rows = new ArrayList<>();

	private final List<ImportRejection> rejections = new ArrayList<>();

	private final LineByKey seen = new LineByKey();

	private final AtomicLong processed;

	// A file repeats a few organisations, measures and categories a million times: resolve each text once.
	private final Map<String, Integer> organisationCache = new HashMap<>();

	private final List<UUID> organisationIds = new ArrayList<>();

	private final Map<String, Optional<AssistanceMeasure>> measureCache = new HashMap<>();

	private final Map<String, Optional<BarrierCategory>> categoryCache = new HashMap<>();

	private final Map<String, Optional<RegistrationLevel>> levelCache = new HashMap<>();

	private final StringBuilder cleaned = new StringBuilder(32);

	private long rejected;

	private long skipped;

	private long acceptedRows;

	private LocalDate firstPeriod;

	private LocalDate lastPeriod;

	/** Keeps the accepted rows in {@link #rows()} (tests, small files). */
	public ImportCheck(Function<String, Optional<UUID>> organisations, AtomicLong processed) {
		this(organisations, processed, null);
	}

	/**
	 * @param organisations finds an organisation's id by its code or name ("staden" is the whole city)
	 * @param accepted gets each accepted row as soon as it is checked; null keeps them in {@link #rows()}
	 */
	public ImportCheck(Function<String, Optional<UUID>> organisations, AtomicLong processed,
			Consumer<ImportRow> accepted) {
		this.organisations = organisations;
		this.processed = processed;
		this.accepted = accepted != null ? accepted : rows::add;
	}

	/** The accepted rows, when no consumer was given. */
	public List<ImportRow> rows() {
		return rows;
	}

	public long acceptedRows() {
		return acceptedRows;
	}

	/** The first {@value #KEPT_REJECTIONS} rejections in the order found; {@link #rejectedRows()} counts them all. */
	public List<ImportRejection> rejections() {
		return rejections;
	}

	public long rejectedRows() {
		return rejected;
	}

	public long skipped() {
		return skipped;
	}

	/** Every organisation an accepted row names. */
	public Set<UUID> organisationIds() {
		return new LinkedHashSet<>(organisationIds);
	}

	/** The earliest and latest period of the accepted rows (null when none). */
	public LocalDate firstPeriod() {
		return firstPeriod;
	}

	public LocalDate lastPeriod() {
		return lastPeriod;
	}

	public void reject(long line, Text reason) {
		rejected(line, reason);
		processed.incrementAndGet();
	}

	private void rejected(long line, Text reason) {
		rejected++;
		if (rejections.size() < KEPT_REJECTIONS) {
			rejections.add(new ImportRejection(line, Swedish.of(reason)));
		}
	}

	/** A row with several problems is one rejection naming them all: "Okänd organisation "x"; värde saknas." */
	private void rejected(long line, List<Text> problems) {
		rejected++;
		if (rejections.size() < KEPT_REJECTIONS) {
			String joined = String.join("; ", problems.stream().map(Swedish::of).toList());
			rejections.add(new ImportRejection(line, Swedish.of(Text.of("assistance.import.problems", capitalise(joined)))));
		}
	}

	public void skip() {
		skipped++;
		processed.incrementAndGet();
	}

	/**
	 * Checks one row given as text and hands it on or keeps its rejections.
	 * @param period {@code ÅÅÅÅ-MM} for a month, {@code ÅÅÅÅ} for a whole year
	 */
	public void row(long line, String organisation, String period, String measure, String category, String level,
			String value, String madeUp) {
		processed.incrementAndGet();
		List<Text> problems = null;
		int org = -1;
		if (organisation == null || organisation.isBlank()) {
			problems = add(problems, Text.of("assistance.import.problem.organisationMissing"));
		}
		else {
			org = organisationCache.computeIfAbsent(organisation, o -> organisations.apply(o.trim()).map(id -> {
				organisationIds.add(id);
				return organisationIds.size() - 1;
			}).orElse(-1));
			if (org < 0) {
				problems = add(problems, Text.of("assistance.import.problem.unknownOrganisation", organisation.trim()));
			}
		}
		Optional<AssistanceMeasure> m = measureCache.computeIfAbsent(measure == null ? "" : measure,
				AssistanceMeasure::byCode);
		if (m.isEmpty()) {
			problems = add(problems, Text.of("assistance.import.problem.unknownMeasure", nullToEmpty(measure)));
		}
		Optional<BarrierCategory> c = categoryCache.computeIfAbsent(category == null ? "" : category,
				BarrierCategory::byCode);
		if (c.isEmpty()) {
			problems = add(problems, Text.of("assistance.import.problem.unknownCategory", nullToEmpty(category)));
		}
		else if (m.isPresent() && m.get().structural() && c.get() != BarrierCategory.ALL) {
			problems = add(problems, Text.of("assistance.import.problem.structuralCategory", m.get().code()));
		}
		RegistrationLevel l = null;
		if (level != null && !level.isBlank()) {
			l = levelCache.computeIfAbsent(level, RegistrationLevel::byCode).orElse(null);
			if (l == null) {
				problems = add(problems, Text.of("assistance.import.problem.unknownLevel", level.trim()));
			}
		}
		int p = period(period);
		if (p < 0) {
			problems = add(problems, Text.of("assistance.import.problem.badPeriod", nullToEmpty(period)));
		}
		double v = number(value);
		if (v < 0) {
			problems = add(problems, v == NO_VALUE ? Text.of("assistance.import.problem.valueMissing")
					: v == NEGATIVE ? Text.of("assistance.import.problem.negative", value.trim())
					: v == TOO_LARGE ? Text.of("assistance.import.problem.tooLarge", value.trim())
					: Text.of("assistance.import.problem.notANumber", value.trim()));
		}
		Boolean made = madeUp(madeUp);
		if (made == null) {
			problems = add(problems, Text.of("assistance.import.problem.madeUp", madeUp.trim()));
		}
		if (problems != null) {
			rejected(line, problems);
			return;
		}
		boolean annual = (p & ANNUAL) != 0;
		int year = (p & ~ANNUAL) / 16;
		int month = (p & ~ANNUAL) % 16;
		// Organisation, measure, category, annual and month in one long: the file's duplicate check.
		long key = ((((long) org * 16 + m.get().ordinal()) * 16 + c.get().ordinal()) * 2 + (annual ? 1 : 0)) * (1 << 18)
				+ (p & ~ANNUAL);
		long earlier = seen.putIfAbsent(key, line);
		if (earlier >= 0) {
			rejected(line, Text.of("assistance.import.duplicate", Long.toString(earlier)));
			return;
		}
		LocalDate start = LocalDate.of(year, annual ? 1 : month, 1);
		if (firstPeriod == null || start.isBefore(firstPeriod)) {
			firstPeriod = start;
		}
		if (lastPeriod == null || start.isAfter(lastPeriod)) {
			lastPeriod = start;
		}
		acceptedRows++;
		accepted.accept(new ImportRow(line, organisationIds.get(org), m.get(), c.get(), annual, start, l, v, made));
	}

	private static List<Text> add(List<Text> problems, Text problem) {
		List<Text> list = problems == null ? new ArrayList<>(2) : problems;
		list.add(problem);
		return list;
	}

	static final int ANNUAL = 1 << 30;

	/**
	 * A period as year × 16 + month (with {@link #ANNUAL} set for a whole year), or -1: {@code ÅÅÅÅ} and
	 * {@code ÅÅÅÅ-MM} for 1900–2100, or Kolada's and SCB's {@code ÅÅÅÅMmm}. Read by hand: a million rows a file.
	 */
	static int period(String text) {
		String t = text == null ? "" : text.trim();
		if (t.length() == 4 && digits(t, 0, 4)) {
			int year = Integer.parseInt(t);
			return year >= 1900 && year <= 2100 ? (year * 16) | ANNUAL : -1;
		}
		if (t.length() == 7 && digits(t, 0, 4) && digits(t, 5, 7) && (t.charAt(4) == '-' || t.charAt(4) == 'M')) {
			int year = Integer.parseInt(t, 0, 4, 10);
			int month = Integer.parseInt(t, 5, 7, 10);
			boolean inRange = t.charAt(4) == 'M' || (year >= 1900 && year <= 2100);
			return month >= 1 && month <= 12 && inRange ? year * 16 + month : -1;
		}
		return -1;
	}

	private static boolean digits(String t, int from, int to) {
		for (int i = from; i < to; i++) {
			char ch = t.charAt(i);
			if (ch < '0' || ch > '9') {
				return false;
			}
		}
		return true;
	}

	private static final double NO_VALUE = -1;

	private static final double NOT_A_NUMBER = -2;

	private static final double NEGATIVE = -3;

	private static final double TOO_LARGE = -4;

	/**
	 * The value, or one of the negative codes above: digits with an optional minus and decimals after a comma or point;
	 * spaces (also non-breaking) as thousands separators are allowed.
	 */
	private double number(String text) {
		String t = text == null ? "" : text.trim();
		StringBuilder s = cleaned;
		s.setLength(0);
		for (int i = 0; i < t.length(); i++) {
			char ch = t.charAt(i);
			if (ch != ' ' && ch != '\u00a0') {
				s.append(ch == ',' ? '.' : ch);
			}
		}
		if (s.isEmpty()) {
			return NO_VALUE;
		}
		int i = s.charAt(0) == '-' ? 1 : 0;
		int digitsStart = i;
		while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
			i++;
		}
		if (i == digitsStart) {
			return NOT_A_NUMBER;
		}
		if (i < s.length()) {
			if (s.charAt(i) != '.' || i + 1 == s.length()) {
				return NOT_A_NUMBER;
			}
			for (int j = i + 1; j < s.length(); j++) {
				if (s.charAt(j) < '0' || s.charAt(j) > '9') {
					return NOT_A_NUMBER;
				}
			}
		}
		double v = Double.parseDouble(s.toString());
		if (digitsStart == 1 && v != 0) {
			return NEGATIVE;
		}
		return v >= 1e14 ? TOO_LARGE : Math.abs(v);
	}

	private static Boolean madeUp(String text) {
		String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		return switch (t) {
			case "", "nej", "false", "0" -> false;
			case "ja", "true", "1" -> true;
			default -> null;
		};
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s.trim();
	}

	private static String capitalise(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}
