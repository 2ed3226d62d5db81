package se.fuel.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import se.fuel.assistance.DuplicatePolicy;
import se.fuel.assistance.internal.AssistanceImporter;

/** The measurements of one statistics benchmark run, as Markdown and as JSON. */
final class StatisticsReport {

	static final double GOAL_IMPORT_SECONDS = 15;

	static final double GOAL_COMPARISON_MILLIS = 200;

	/** One timed import of the whole file. */
	record ImportRun(String what, DuplicatePolicy policy, AssistanceImporter.Phases phases, long stored,
			long replaced) {

		double seconds() {
			return phases.totalNanos() / 1e9;
		}
	}

	private final StatisticsBenchmark.Options options;

	private final double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

	private final String started = ZonedDateTime.now(ZoneOffset.UTC)
		.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));

	int districts;
	long monthlyRows;
	long yearlyRows;
	long fileBytes;
	long tableRowsBefore;
	long tableRowsAfter;
	ImportRun first;
	ImportRun replace;
	Percentiles comparison;
	int compared;
	double rSquared;
	String postgresVersion = "";
	String sharedBuffers = "";
	long tableBytes;

	StatisticsReport(StatisticsBenchmark.Options options) {
		this.options = options;
	}

	/** Writes statistics-&lt;date&gt;[-&lt;rows&gt;-rows].md and .json; returns the Markdown file. */
	Path write() throws IOException {
		Files.createDirectories(options.results());
		String date = LocalDate.now(ZoneOffset.UTC).toString();
		String name = options.rows() == StatisticsBenchmark.DEFAULT_ROWS ? "statistics-" + date
				: "statistics-" + date + "-" + options.rows() + "-rows";
		Path md = options.results().resolve(name + ".md");
		Files.writeString(md, markdown(), StandardCharsets.UTF_8);
		Files.writeString(options.results().resolve(name + ".json"),
				JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(json()),
				StandardCharsets.UTF_8);
		return md;
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("# Economic-assistance statistics benchmark, ").append(started).append("\n\n");
		md.append(String.format(Locale.ROOT, "%,d districts × %d years: %,d monthly rows (12 series: vuxna × alla + "
				+ "6 categories, hushall × alla + arbetsloshet, barn, kostnad_tkr, helarsekvivalenter) + %,d yearly "
				+ "rows (befolkning, arbetsloshet, utrikes_fodda, ensamstaende_foraldrar) = %,d rows, a %s CSV "
				+ "(seed %d). assistance_value held %,d rows before and %,d after (%s with its index).%n%n", districts,
				AssistanceFileGenerator.YEARS, monthlyRows, yearlyRows, monthlyRows + yearlyRows, Report.mb(fileBytes),
				options.seed(), tableRowsBefore, tableRowsAfter, Report.mb(tableBytes)));
		md.append("## Import\n\n`AssistanceImporter` on the file, with the lookups the import page and the API "
				+ "build (`AssistanceSeriesService.lookups()`), in the calling thread, as the background import "
				+ "runs it. *whole* includes the first look at the file (line count, organisations, periods). The "
				+ "checked rows stream into PostgreSQL's COPY while the file is read, so *read + check* includes the "
				+ "COPY (straight into assistance_value when no stored row can conflict, else into a temporary "
				+ "table); *COPY* is only the wait for its end. *conflict check* is the REPLACE's delete of the stored "
				+ "rows, *insert* the insert from the temporary table.\n\n");
		md.append("| Import | read + check s | COPY s | conflict check s | insert s | whole s | new rows | replaced |\n"
				+ "|---|---:|---:|---:|---:|---:|---:|---:|\n");
		for (ImportRun run : List.of(first, replace)) {
			AssistanceImporter.Phases p = run.phases();
			md.append(String.format(Locale.ROOT, "| %s (%s) | %.1f | %.1f | %.1f | %.1f | **%.1f** | %,d | %,d |%n",
					run.what(), run.policy(), p.readAndCheckNanos() / 1e9, p.copyNanos() / 1e9,
					p.conflictNanos() / 1e9, p.insertNanos() / 1e9, run.seconds(), run.stored(), run.replaced()));
		}
		double slowest = Math.max(first.seconds(), replace.seconds());
		md.append(String.format(Locale.ROOT, "%nGoal: import ≤ %.0f s — **%s** (slowest %.1f s).%n%n",
				GOAL_IMPORT_SECONDS, slowest <= GOAL_IMPORT_SECONDS ? "met" : "not met", slowest));
		md.append("## District comparison\n\n");
		md.append(String.format(Locale.ROOT, "`DistrictComparison.compare` as the comparison page calls it: vuxna, "
				+ "alla, %d, per 1 000 inhabitants, on arbetsloshet, utrikes_fodda and ensamstaende_foraldrar; %,d "
				+ "districts compared, R² %.2f; %d timed after %d warm-up, one thread.%n%n", options.year(), compared,
				rSquared, comparison.count(), options.warmup()));
		md.append("| p50 ms | p95 ms | p99 ms | mean ms | max ms |\n|---:|---:|---:|---:|---:|\n");
		md.append(String.format(Locale.ROOT, "| %.1f | %.1f | %.1f | %.1f | %.1f |%n", comparison.millis(50),
				comparison.millis(95), comparison.millis(99), comparison.meanMillis(), comparison.maxMillis()));
		md.append(String.format(Locale.ROOT, "%nGoal: comparison ≤ %.0f ms — **%s** (p95 %.1f ms).%n%n",
				GOAL_COMPARISON_MILLIS, comparison.millis(95) <= GOAL_COMPARISON_MILLIS ? "met" : "not met",
				comparison.millis(95)));
		md.append(Report.machine(loadAtStart, postgresVersion, sharedBuffers));
		return md.toString();
	}

	private Map<String, Object> json() {
		Map<String, Object> j = new LinkedHashMap<>();
		j.put("started", started);
		j.put("loadAverageAtStart", loadAtStart);
		j.put("cores", Runtime.getRuntime().availableProcessors());
		j.put("seed", options.seed());
		j.put("districts", districts);
		j.put("years", AssistanceFileGenerator.YEARS);
		j.put("monthlyRows", monthlyRows);
		j.put("yearlyRows", yearlyRows);
		j.put("fileBytes", fileBytes);
		j.put("tableRowsBefore", tableRowsBefore);
		j.put("tableRowsAfter", tableRowsAfter);
		for (ImportRun run : List.of(first, replace)) {
			Map<String, Object> r = new LinkedHashMap<>();
			r.put("policy", run.policy().name());
			r.put("readAndCheckMillis", run.phases().readAndCheckNanos() / 1e6);
			r.put("copyMillis", run.phases().copyNanos() / 1e6);
			r.put("conflictCheckMillis", run.phases().conflictNanos() / 1e6);
			r.put("insertMillis", run.phases().insertNanos() / 1e6);
			r.put("totalMillis", run.phases().totalNanos() / 1e6);
			r.put("stored", run.stored());
			r.put("replaced", run.replaced());
			j.put(run == first ? "firstImport" : "replaceImport", r);
		}
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("year", options.year());
		c.put("districts", compared);
		c.put("iterations", comparison.count());
		c.put("p50Millis", comparison.millis(50));
		c.put("p95Millis", comparison.millis(95));
		c.put("p99Millis", comparison.millis(99));
		c.put("meanMillis", comparison.meanMillis());
		c.put("maxMillis", comparison.maxMillis());
		j.put("comparison", c);
		j.put("goalImportSeconds", GOAL_IMPORT_SECONDS);
		j.put("goalComparisonMillis", GOAL_COMPARISON_MILLIS);
		j.put("postgres", postgresVersion);
		return j;
	}
}
