package se.fuel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.fuel.FuelApplication;
import se.fuel.assistance.AssistanceImportFormat;
import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.BarrierCategory;
import se.fuel.assistance.DistrictComparison;
import se.fuel.assistance.DistrictComparisonQuery;
import se.fuel.assistance.DistrictComparisonView;
import se.fuel.assistance.DuplicatePolicy;
import se.fuel.assistance.internal.AssistanceSeriesService;
import se.fuel.assistance.internal.AssistanceImporter;

/**
 * The economic-assistance statistics benchmark (docs/benchmarks.md): generates an import file of a million monthly
 * rows for a few hundred districts, imports it twice through the import's own code (first import, then again with
 * REPLACE), timing each phase, and times the district comparison over those districts through the
 * {@link DistrictComparison} facade as its page calls it.
 */
public final class StatisticsBenchmark {

	private static final Logger log = LoggerFactory.getLogger(StatisticsBenchmark.class);

	static final long DEFAULT_ROWS = 300L * AssistanceFileGenerator.ROWS_PER_DISTRICT;

	record Options(long rows, int iterations, int warmup, int year, long seed, Path dataDir, Path results) {

		static Options parse(String[] args) {
			Map<String, String> values = Arguments.parse(args, USAGE);
			return new Options(Long.parseLong(values.getOrDefault("rows", String.valueOf(DEFAULT_ROWS)).replace("_", "")),
					Integer.parseInt(values.getOrDefault("iterations", "200")),
					Integer.parseInt(values.getOrDefault("warmup", "20")),
					Integer.parseInt(values.getOrDefault("year", "2020")),
					Long.parseLong(values.getOrDefault("seed", "20261124")),
					Path.of(values.getOrDefault("data-dir", "data/bench-statistics")).toAbsolutePath(),
					Path.of(values.getOrDefault("results", "bench/results")));
		}

		int districts() {
			return AssistanceFileGenerator.districtsFor(rows);
		}
	}

	static final String USAGE = """
			Options (all optional):
			  --rows N         monthly rows at least (default 1080000 = 300 districts × 25 years × 12 months × 12
			                   series); the districts are as many as that takes (3 600 monthly rows each, at least 6)
			  --iterations N   timed district comparisons (default 200)
			  --warmup N       untimed comparisons first (default 20)
			  --year YYYY      the comparison's year (default 2020; the file covers 1999–2023)
			  --seed N         generator seed (default 20261124)
			  --data-dir DIR   bench database and the generated file (default data/bench-statistics)
			  --results DIR    where the reports go (default bench/results)""";

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		Files.createDirectories(options.dataDir());
		System.setProperty("fuel.data-dir", options.dataDir().toString());
		System.setProperty("fuel.demo", "true");
		System.setProperty("server.port", "0");
		System.setProperty("spring.main.banner-mode", "off");
		System.setProperty("logging.level.root", "warn");
		System.setProperty("logging.level.se.fuel.bench", "info");
		int status = 0;
		long bootStart = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FuelApplication.class).run()) {
			log.info("Fuel started in {} s on {}", SearchBenchmark.seconds(bootStart), options.dataDir());
			new StatisticsBenchmark(context, options).run();
		}
		catch (Exception e) {
			log.error("The benchmark failed", e);
			status = 1;
		}
		System.exit(status);
	}

	private final ConfigurableApplicationContext context;

	private final Options options;

	private final DataSource dataSource;

	private final StatisticsReport report;

	private StatisticsBenchmark(ConfigurableApplicationContext context, Options options) {
		this.context = context;
		this.options = options;
		this.dataSource = context.getBean(DataSource.class);
		this.report = new StatisticsReport(options);
	}

	private void run() throws Exception {
		signIn("handlaggare");
		AssistanceFileGenerator generator = new AssistanceFileGenerator(options.seed(), options.districts());
		districts(generator.districts());
		Path file = options.dataDir().resolve("assistance-" + generator.districts() + "-districts-" + options.seed()
				+ ".csv");
		if (!Files.exists(file)) {
			long start = System.nanoTime();
			generator.write(file);
			log.info("Generated {} ({} MB) in {} s", file, Files.size(file) >> 20, SearchBenchmark.seconds(start));
		}
		report.districts = generator.districts();
		report.monthlyRows = generator.monthlyRows();
		report.yearlyRows = generator.yearlyRows();
		report.fileBytes = Files.size(file);
		removeBenchFigures();
		report.tableRowsBefore = count("select count(*) from assistance_value");
		report.first = importFile(file, DuplicatePolicy.REFUSE, "first import");
		report.replace = importFile(file, DuplicatePolicy.REPLACE, "re-import with REPLACE");
		report.tableRowsAfter = count("select count(*) from assistance_value");
		facts();
		compare();
		Path written = report.write();
		System.out.println();
		System.out.println(report.markdown());
		log.info("Results written to {} (and .json)", written.toAbsolutePath());
	}

	/** The benchmark's districts, created once, like the districts an administrator registers. */
	private void districts(int count) throws Exception {
		try (Connection c = dataSource.getConnection();
				PreparedStatement insert = c.prepareStatement("""
						insert into organisation (id, code, name, kind, valid_from, version)
						values (?, ?, ?, 'DISTRICT', date '1990-01-01', 0) on conflict do nothing""")) {
			for (int n = 0; n < count; n++) {
				insert.setObject(1, AssistanceFileGenerator.id(n));
				insert.setString(2, AssistanceFileGenerator.code(n));
				insert.setString(3, AssistanceFileGenerator.name(n));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/** A first import must find none of its rows stored; vacuum so it does not pay for the previous run's. */
	private void removeBenchFigures() throws Exception {
		long start = System.nanoTime();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			int removed = s.executeUpdate("delete from assistance_value where organisation_id between '"
					+ AssistanceFileGenerator.id(0) + "' and '" + new UUID(AssistanceFileGenerator.ID_HIGH, -1L) + "'");
			if (removed > 0) {
				s.execute("vacuum analyze assistance_value");
				log.info("Removed {} figures of an earlier run in {} s", removed, SearchBenchmark.seconds(start));
			}
		}
	}

	private StatisticsReport.ImportRun importFile(Path file, DuplicatePolicy policy, String what) throws Exception {
		AssistanceImporter importer = context.getBean(AssistanceImporter.class);
		// The same lookups the import page and the API give the importer.
		AssistanceImporter.Lookups lookups = context.getBean(AssistanceSeriesService.class).lookups();
		log.info("Timing the {} of {}", what, file.getFileName());
		AssistanceImporter.Phases[] phases = new AssistanceImporter.Phases[1];
		UUID id = importer.importNow(file.getFileName().toString(), AssistanceImportFormat.CSV, policy, file,
				"handlaggare", lookups, p -> phases[0] = p);
		String status = importer.status(id);
		long stored;
		long replaced;
		try (Connection c = dataSource.getConnection();
				PreparedStatement s = c.prepareStatement(
						"select stored_rows, replaced_rows, message from assistance_import where id = ?")) {
			s.setObject(1, id);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				stored = rs.getLong(1);
				replaced = rs.getLong(2);
				log.info("  {}: {}", status, rs.getString(3));
			}
		}
		if (!"STORED".equals(status)) {
			throw new IllegalStateException("The " + what + " ended " + status);
		}
		return new StatisticsReport.ImportRun(what, policy, phases[0], stored, replaced);
	}

	private void compare() {
		DistrictComparison comparison = context.getBean(DistrictComparison.class);
		DistrictComparisonQuery query = new DistrictComparisonQuery(AssistanceMeasure.ADULT_RECIPIENTS,
				BarrierCategory.ALL, options.year(), List.of(AssistanceMeasure.UNEMPLOYMENT_RATE,
						AssistanceMeasure.FOREIGN_BORN_SHARE, AssistanceMeasure.SINGLE_PARENT_SHARE), true);
		log.info("District comparison: {} warm-up, {} timed", options.warmup(), options.iterations());
		for (int i = 0; i < options.warmup(); i++) {
			comparison.compare(query);
		}
		long[] nanos = new long[options.iterations()];
		DistrictComparisonView view = null;
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			view = comparison.compare(query);
			nanos[i] = System.nanoTime() - start;
		}
		report.comparison = new Percentiles(nanos);
		report.compared = view.districts();
		report.rSquared = view.rSquared();
	}

	private void signIn(String username) {
		UserDetails user = context.getBeansOfType(UserDetailsService.class).values().iterator().next()
			.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private long count(String sql) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private void facts() throws Exception {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select version(), current_setting('shared_buffers'), "
						+ "pg_total_relation_size('assistance_value')")) {
			rs.next();
			report.postgresVersion = rs.getString(1);
			report.sharedBuffers = rs.getString(2);
			report.tableBytes = rs.getLong(3);
		}
	}
}
