package se.fuel.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A national-scale economic-assistance import file in the CSV format of docs/import-formats.md: for each of
 * {@code districts} made-up districts, every month of {@link #YEARS} years of the {@link #MONTHLY} series, and each
 * year's structural variables. District {@code n} always gets the same figures for the same seed (each district draws
 * from its own random stream), and the district comparison's variables explain part of its counts, so the regression
 * has something to find.
 */
public final class AssistanceFileGenerator {

	public static final int FIRST_YEAR = 1999;

	public static final int YEARS = 25;

	/** The monthly series: measure and category codes as the file writes them. */
	static final List<String[]> MONTHLY = List.of(new String[] { "vuxna", "alla" },
			new String[] { "vuxna", "arbetsloshet" }, new String[] { "vuxna", "otillracklig_ersattning" },
			new String[] { "vuxna", "sociala_medicinska" }, new String[] { "vuxna", "invandring" },
			new String[] { "vuxna", "ovriga" }, new String[] { "vuxna", "lma" }, new String[] { "hushall", "alla" },
			new String[] { "hushall", "arbetsloshet" }, new String[] { "barn", "alla" },
			new String[] { "kostnad_tkr", "alla" }, new String[] { "helarsekvivalenter", "alla" });

	/** The yearly structural variables. */
	static final List<String> YEARLY = List.of("befolkning", "arbetsloshet", "utrikes_fodda", "ensamstaende_foraldrar");

	/** Monthly rows per district. */
	public static final int ROWS_PER_DISTRICT = YEARS * 12 * 12;

	/** The benchmark's districts have ids {@code 57a70000-0000-4000-8000-<n in hex>}: easy to find and to remove. */
	static final long ID_HIGH = 0x57A7000000004000L;

	static final long ID_LOW = 0x8000000000000000L;

	private final long seed;

	private final int districts;

	public AssistanceFileGenerator(long seed, int districts) {
		this.seed = seed;
		this.districts = districts;
	}

	/** Districts needed for at least {@code rows} monthly rows. */
	public static int districtsFor(long rows) {
		return (int) Math.max(6, (rows + ROWS_PER_DISTRICT - 1) / ROWS_PER_DISTRICT);
	}

	public static UUID id(int n) {
		return new UUID(ID_HIGH, ID_LOW | n);
	}

	public static String code(int n) {
		return String.format("bench-sd-%03d", n);
	}

	public static String name(int n) {
		return String.format("Benchstadsdel %03d", n);
	}

	public int districts() {
		return districts;
	}

	public long monthlyRows() {
		return (long) districts * ROWS_PER_DISTRICT;
	}

	public long yearlyRows() {
		return (long) districts * YEARS * YEARLY.size();
	}

	/** Writes the whole file; returns its size in bytes. */
	public long write(Path file) throws IOException {
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
			out.write("# Benchmark file (bench/statistics.sh): made-up figures of " + districts
					+ " benchmark districts, seed " + seed + ".\n");
			out.write("organisation;period;mått;kategori;nivå;värde;påhittad\n");
			StringBuilder line = new StringBuilder(64);
			for (int n = 0; n < districts; n++) {
				district(n, line, out);
			}
		}
		return Files.size(file);
	}

	private void district(int n, StringBuilder line, Writer out) throws IOException {
		SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
		String code = code(n);
		double population = 10_000 + r.nextInt(90_000);
		double unemployment = 2 + r.nextDouble() * 10;
		double foreignBorn = 10 + r.nextDouble() * 50;
		double singleParents = 15 + r.nextDouble() * 20;
		for (int y = 0; y < YEARS; y++) {
			int year = FIRST_YEAR + y;
			population *= 1 + (r.nextDouble() - 0.4) * 0.02;
			unemployment = Math.max(1, unemployment + (r.nextDouble() - 0.5));
			foreignBorn = Math.min(80, foreignBorn + r.nextDouble() * 0.5);
			singleParents = Math.max(5, singleParents + (r.nextDouble() - 0.5) * 0.5);
			yearly(line, out, code, year, "befolkning", Math.round(population), 0);
			yearly(line, out, code, year, "arbetsloshet", unemployment, 1);
			yearly(line, out, code, year, "utrikes_fodda", foreignBorn, 1);
			yearly(line, out, code, year, "ensamstaende_foraldrar", singleParents, 1);
			// Recipients per 1 000 inhabitants follow the structural variables, plus the district's own noise.
			double perThousand = 4 * unemployment + 0.6 * foreignBorn + 0.5 * singleParents + r.nextGaussian() * 6;
			double adults = Math.max(10, perThousand * population / 1000);
			for (int month = 1; month <= 12; month++) {
				String period = year + (month < 10 ? "-0" : "-") + month;
				String level = year < 2002 || (year == 2002 && month < 11) ? "hushall" : "individ";
				double monthAdults = adults * (1 + (r.nextDouble() - 0.5) * 0.1);
				for (String[] series : MONTHLY) {
					double value = switch (series[0]) {
						case "vuxna" -> "alla".equals(series[1]) ? monthAdults : monthAdults * share(series[1]);
						case "hushall" -> monthAdults * ("alla".equals(series[1]) ? 0.8 : 0.8 * share("arbetsloshet"));
						case "barn" -> monthAdults * 0.7;
						case "kostnad_tkr" -> monthAdults * 9.3;
						default -> monthAdults * 0.07;
					};
					line.setLength(0);
					line.append(code).append(';').append(period).append(';').append(series[0]).append(';')
						.append(series[1]).append(';').append(level).append(';');
					number(line, value, "kostnad_tkr".equals(series[0]) ? 1 : 0);
					line.append(";ja\n");
					out.append(line);
				}
			}
		}
	}

	private static double share(String category) {
		return switch (category) {
			case "arbetsloshet" -> 0.31;
			case "otillracklig_ersattning" -> 0.12;
			case "sociala_medicinska" -> 0.24;
			case "invandring" -> 0.2;
			case "ovriga" -> 0.1;
			default -> 0.03;
		};
	}

	private static void yearly(StringBuilder line, Writer out, String code, int year, String measure, double value,
			int decimals) throws IOException {
		line.setLength(0);
		line.append(code).append(';').append(year).append(';').append(measure).append(";alla;;");
		number(line, value, decimals);
		line.append(";ja\n");
		out.append(line);
	}

	/** A non-negative number with a decimal comma, as a Swedish spreadsheet writes it. */
	static void number(StringBuilder line, double value, int decimals) {
		if (decimals == 0) {
			line.append(Math.round(value));
			return;
		}
		long tenths = Math.round(value * 10);
		line.append(tenths / 10).append(',').append(tenths % 10);
	}
}
