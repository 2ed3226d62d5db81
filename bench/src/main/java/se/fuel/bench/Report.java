package se.fuel.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The measurements of one run and the Markdown that reports them. */
final class Report {

	static final double GOAL_P95_MILLIS = 20;
	static final double GOAL_RATIO = 5;

	private final SearchBenchmark.Options options;
	private final double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	final Map<String, Long> fuelTotals = new LinkedHashMap<>();
	final Map<String, Long> postgresTotals = new LinkedHashMap<>();
	private final Map<String, List<Long>> fuelByQuery = new LinkedHashMap<>();
	private final Map<String, List<Long>> postgresByQuery = new LinkedHashMap<>();
	private final List<Long> fuel = new ArrayList<>();
	private final List<Long> postgres = new ArrayList<>();
	Double generateSeconds;
	Double fuelIndexSeconds;
	Double postgresIndexSeconds;
	long publishedItems;
	long benchItems;
	String postgresVersion = "";
	String sharedBuffers = "";
	long tableBytes;
	long ftsBytes;
	long indexBytes;

	Report(SearchBenchmark.Options options) {
		this.options = options;
	}

	void fuel(String query, long nanos) {
		fuel.add(nanos);
		fuelByQuery.computeIfAbsent(query, k -> new ArrayList<>()).add(nanos);
	}

	void postgres(String query, long nanos) {
		postgres.add(nanos);
		postgresByQuery.computeIfAbsent(query, k -> new ArrayList<>()).add(nanos);
	}

	/** Build times of a corpus or index reused from an earlier run are that run's, kept in the data folder. */
	private void buildTimes() {
		Path file = options.dataDir().resolve("bench-build.properties");
		Properties saved = new Properties();
		if (Files.exists(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				saved.load(in);
			}
			catch (IOException e) {
				// Without them the report only says the build was reused.
			}
		}
		generateSeconds = keep(saved, "generate", generateSeconds);
		fuelIndexSeconds = keep(saved, "fuelIndex", fuelIndexSeconds);
		postgresIndexSeconds = keep(saved, "postgresIndex", postgresIndexSeconds);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			saved.store(out, "build times of the benchmark corpus in this folder (seconds)");
		}
		catch (IOException e) {
			// Only the next run's report loses them.
		}
	}

	private Double keep(Properties saved, String key, Double measured) {
		if (measured != null) {
			saved.setProperty(key, String.valueOf(measured));
			return measured;
		}
		String value = saved.getProperty(key);
		reused.add(key);
		return value == null ? null : Double.valueOf(value);
	}

	private final List<String> reused = new ArrayList<>();

	Path write() throws IOException {
		buildTimes();
		Files.createDirectories(options.results());
		String date = LocalDate.now(ZoneOffset.UTC).toString();
		String name = options.items() == 1_000_000 ? "search-" + date + ".md"
				: "search-" + date + "-" + options.items() + "-items.md";
		Path file = options.results().resolve(name);
		Files.writeString(file, markdown(), StandardCharsets.UTF_8);
		return file;
	}

	String markdown() {
		Percentiles f = new Percentiles(fuel.stream().mapToLong(Long::longValue).toArray());
		Percentiles p = new Percentiles(postgres.stream().mapToLong(Long::longValue).toArray());
		double ratio = p.millis(95) / f.millis(95);
		StringBuilder md = new StringBuilder();
		md.append("# Knowledge-bank search benchmark, ")
			.append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
			.append("\n\n");
		md.append(String.format(Locale.ROOT, "%,d items (%,d generated, seed %d); %d queries × %d rounds "
				+ "after %d warm-up rounds = %d timed searches per engine.%n%n", publishedItems, benchItems,
				options.seed(), QuerySet.QUERIES.size(), options.iterations(), options.warmup(), f.count()));
		md.append("| Engine | p50 ms | p95 ms | p99 ms | mean ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
		row(md, "Fuel (Hibernate Search, Lucene, SwedishAnalyzer)", f);
		row(md, "PostgreSQL (`swedish` tsvector, GIN, ts_rank)", p);
		md.append(String.format(Locale.ROOT, "%nRatio PostgreSQL p95 / Fuel p95: **%.1f×**.%n%n", ratio));
		boolean p95Met = f.millis(95) <= GOAL_P95_MILLIS;
		boolean ratioMet = ratio >= GOAL_RATIO;
		md.append(String.format(Locale.ROOT, "Goal: Fuel p95 ≤ %.0f ms — **%s** (%.1f ms); ≥ %.0f× PostgreSQL — "
				+ "**%s** (%.1f×).%n%n", GOAL_P95_MILLIS, p95Met ? "met" : "not met", f.millis(95), GOAL_RATIO,
				ratioMet ? "met" : "not met", ratio));
		md.append("## What is timed\n\n");
		md.append("- Fuel: `KnowledgeSearch.search` with the search page's query (`Query.fromParameters`, first page "
				+ "of 10, relevance order): Swedish analysis (Hunspell sv_SE, compounds, synonyms), the two "
				+ "simple-query-string passes, 7 facets with counts, highlighted snippets, organisation names, in "
				+ "its read-only transaction, as the signed-in reader `lasare`.\n");
		md.append("- PostgreSQL: `plainto_tsquery('swedish', q)` against a stored `tsvector` (title A, summary B, "
				+ "body + outcome + target groups + methods C) with a GIN index: the 10 best by `ts_rank` with a "
				+ "`ts_headline` snippet, and `count(*)` of all matches; no facets.\n");
		md.append("- The engines alternate query by query in a shuffled order, on one thread.\n\n");
		md.append("## Corpus and indexes\n\n");
		md.append(String.format(Locale.ROOT, "- Generate + COPY into PostgreSQL: %s%n", time(generateSeconds, "generate")));
		md.append(String.format(Locale.ROOT, "- Fuel index build (mass indexer, %d loading threads, merged to one segment): %s%n",
				options.threads(), time(fuelIndexSeconds, "fuelIndex")));
		md.append(String.format(Locale.ROOT, "- PostgreSQL tsvector table + GIN index build: %s%n",
				time(postgresIndexSeconds, "postgresIndex")));
		md.append(String.format(Locale.ROOT, "- Sizes: Lucene index %s; knowledge_item with its TOAST %s; "
				+ "tsvector table + GIN %s%n%n", mb(indexBytes), mb(tableBytes), mb(ftsBytes)));
		md.append(machine(loadAtStart, postgresVersion, sharedBuffers));
		md.append("## Per query (median ms, matches)\n\n| Query | Fuel | matches | PostgreSQL | matches |\n"
				+ "|---|---:|---:|---:|---:|\n");
		List<String> queries = new ArrayList<>(fuelByQuery.keySet());
		queries.sort(Comparator.comparingDouble((String q) -> median(fuelByQuery.get(q))).reversed());
		for (String q : queries) {
			md.append(String.format(Locale.ROOT, "| %s | %.1f | %,d | %.1f | %,d |%n", q, median(fuelByQuery.get(q)),
					fuelTotals.get(q), median(postgresByQuery.get(q)), postgresTotals.get(q)));
		}
		return md.toString();
	}

	/** The "Machine" section every benchmark report ends its measurements with. */
	static String machine(double loadAtStart, String postgresVersion, String sharedBuffers) {
		StringBuilder md = new StringBuilder("## Machine\n\n");
		var os = ManagementFactory.getOperatingSystemMXBean();
		md.append(String.format(Locale.ROOT, "- %d cores (%s), %s, load average %.1f at the start%n",
				Runtime.getRuntime().availableProcessors(), cpu(), memory(), loadAtStart));
		md.append(String.format(Locale.ROOT, "- %s %s; Java %s, heap max %s%n", os.getName(), os.getVersion(),
				System.getProperty("java.version"), mb(Runtime.getRuntime().maxMemory())));
		md.append(String.format(Locale.ROOT, "- %s, shared_buffers %s (embedded unless FUEL_DB_URL is set)%n",
				postgresVersion, sharedBuffers));
		md.append("- The machine is shared with other work (2 cores for several processes), so the figures are "
				+ "pessimistic.\n\n");
		return md.toString();
	}

	private String time(Double seconds, String key) {
		if (seconds == null) {
			return "reused from an earlier run (time not recorded)";
		}
		return String.format(Locale.ROOT, "%.1f s%s", seconds, reused.contains(key) ? " (earlier run; reused now)" : "");
	}

	private static void row(StringBuilder md, String name, Percentiles p) {
		md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", name, p.millis(50),
				p.millis(95), p.millis(99), p.meanMillis(), p.maxMillis()));
	}

	private static double median(List<Long> nanos) {
		return new Percentiles(nanos.stream().mapToLong(Long::longValue).toArray()).millis(50);
	}

	static String mb(long bytes) {
		return String.format(Locale.ROOT, "%,.0f MB", bytes / 1048576.0);
	}

	private static String cpu() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
				.map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
		}
		catch (IOException | RuntimeException e) {
			return "unknown CPU";
		}
	}

	private static String memory() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return String.format(Locale.ROOT, "%.0f GB RAM", os.getTotalMemorySize() / 1073741824.0);
		}
		return "RAM unknown";
	}
}
