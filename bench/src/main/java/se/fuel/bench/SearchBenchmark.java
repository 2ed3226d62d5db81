package se.fuel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import se.fuel.FuelApplication;
import se.fuel.knowledge.KnowledgeSearch;
import se.fuel.knowledge.domain.KnowledgeItem;

/**
 * The knowledge-bank search benchmark (docs/benchmarks.md): generates a national-scale corpus into a database of
 * its own, indexes it with Fuel's real search mapping and Swedish analysis, and times the same Swedish queries
 * against Fuel's search (through the {@link KnowledgeSearch} facade, as the search page calls it) and against
 * PostgreSQL's {@code swedish} full-text search with a GIN index.
 */
public final class SearchBenchmark {

	private static final Logger log = LoggerFactory.getLogger(SearchBenchmark.class);

	record Options(long items, int iterations, int warmup, long seed, Path dataDir, boolean regenerate,
			boolean reindex, int threads, Path results) {

		static Options parse(String[] args) {
			Map<String, String> values = Arguments.parse(args, USAGE);
			return new Options(Long.parseLong(values.getOrDefault("items", "1000000").replace("_", "")),
					Integer.parseInt(values.getOrDefault("iterations", "10")),
					Integer.parseInt(values.getOrDefault("warmup", "3")),
					Long.parseLong(values.getOrDefault("seed", "20261124")),
					Path.of(values.getOrDefault("data-dir", "data/bench")).toAbsolutePath(),
					values.containsKey("regenerate"), values.containsKey("reindex"),
					Integer.parseInt(values.getOrDefault("threads",
							String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors())))),
					Path.of(values.getOrDefault("results", "bench/results")));
		}
	}

	static final String USAGE = """
			Options (all optional):
			  --items N        corpus size (default 1000000); a different size regenerates the corpus
			  --iterations N   timed rounds over the whole query set (default 10)
			  --warmup N       untimed rounds first (default 3)
			  --seed N         generator seed (default 20261124)
			  --data-dir DIR   bench database, index and files (default data/bench)
			  --threads N      mass-indexer threads loading entities (default: the machine's cores)
			  --regenerate     generate the corpus again even if the database has it
			  --reindex        rebuild both search indexes even if they are current
			  --results DIR    where the Markdown report goes (default bench/results)""";

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		Files.createDirectories(options.dataDir());
		System.setProperty("fuel.data-dir", options.dataDir().toString());
		System.setProperty("fuel.demo", "true");
		System.setProperty("server.port", "0");
		System.setProperty("spring.main.banner-mode", "off");
		System.setProperty("logging.level.root", "warn");
		System.setProperty("logging.level.se.fuel.bench", "info");
		System.setProperty("logging.level.org.hibernate.search.mapper.pojo.massindexing", "info");
		// A bulk build may buffer more in memory before it writes a segment than the app's everyday updates do.
		System.setProperty("spring.jpa.properties.hibernate.search.backend.io.writer.ram_buffer_size", "128");
		int status = 0;
		long bootStart = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FuelApplication.class).run()) {
			log.info("Fuel started in {} s on {}", seconds(bootStart), options.dataDir());
			new SearchBenchmark(context, options).run();
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
	private final KnowledgeSearch search;
	private final Report report;

	private SearchBenchmark(ConfigurableApplicationContext context, Options options) {
		this.context = context;
		this.options = options;
		this.dataSource = context.getBean(DataSource.class);
		this.search = context.getBean(KnowledgeSearch.class);
		this.report = new Report(options);
	}

	private void run() throws Exception {
		CorpusWriter writer = new CorpusWriter(dataSource);
		long present = writer.countBenchItems();
		boolean generated = false;
		if (present != options.items() || options.regenerate()) {
			signIn("admin");
			awaitStartupRebuild();
			if (present > 0) {
				long start = System.nanoTime();
				writer.deleteBenchItems();
				log.info("Removed the previous corpus of {} items in {} s", present, seconds(start));
			}
			long start = System.nanoTime();
			CorpusGenerator generator = new CorpusGenerator(options.seed(), Vocabulary.load(), organisations());
			writer.write(generator, options.items(), (what, n) -> log.info("  {} {} written", n, what));
			report.generateSeconds = seconds(start);
			log.info("Generated and copied {} items in {} s", options.items(), report.generateSeconds);
			generated = true;
		}
		signIn("admin");
		awaitStartupRebuild();
		signIn("lasare");
		long published = publishedItems();
		long fuelIndexed = search.search(KnowledgeSearch.Query.of("")).total();
		if (generated || options.reindex() || fuelIndexed != published) {
			long start = System.nanoTime();
			log.info("Indexing {} published items with Fuel's mapping ({} loading threads)", published,
					options.threads());
			Search.mapping(context.getBean(EntityManagerFactory.class)).scope(KnowledgeItem.class).massIndexer()
				.threadsToLoadObjects(options.threads())
				.batchSizeToLoadObjects(200)
				.purgeAllOnStart(true)
				// One segment: terms facets otherwise map ordinals across every segment again on each search.
				.mergeSegmentsOnFinish(true)
				.startAndWait();
			report.fuelIndexSeconds = seconds(start);
			log.info("Fuel's index built in {} s", report.fuelIndexSeconds);
		}
		if (generated || options.reindex() || PostgresSearch.indexed(dataSource) != published) {
			log.info("Building PostgreSQL's tsvector table and GIN index");
			report.postgresIndexSeconds = PostgresSearch.build(dataSource) / 1000.0;
			log.info("PostgreSQL's index built in {} s", report.postgresIndexSeconds);
		}
		report.publishedItems = published;
		report.benchItems = writer.countBenchItems();
		facts();
		measure();
		Path file = report.write();
		System.out.println();
		System.out.println(report.markdown());
		log.info("Results written to {}", file.toAbsolutePath());
	}

	private void measure() throws Exception {
		List<String> queries = QuerySet.QUERIES;
		try (PostgresSearch postgres = PostgresSearch.open(dataSource)) {
			log.info("Warm-up: {} rounds of {} queries", options.warmup(), queries.size());
			for (int round = 0; round < options.warmup(); round++) {
				for (String query : queries) {
					report.fuelTotals.put(query, fuel(query));
					report.postgresTotals.put(query, postgres.search(query));
				}
			}
			log.info("Measuring: {} rounds of {} queries", options.iterations(), queries.size());
			List<String> order = new ArrayList<>(queries);
			Random shuffle = new Random(options.seed());
			for (int round = 0; round < options.iterations(); round++) {
				Collections.shuffle(order, shuffle);
				for (String query : order) {
					// Alternating engines query by query spreads any noise of the shared machine over both.
					long start = System.nanoTime();
					report.fuelTotals.put(query, fuel(query));
					report.fuel(query, System.nanoTime() - start);
					start = System.nanoTime();
					report.postgresTotals.put(query, postgres.search(query));
					report.postgres(query, System.nanoTime() - start);
				}
			}
		}
	}

	/** The search page's call: its parameters, page 1 of 10, facets and snippets. */
	private long fuel(String text) {
		KnowledgeSearch.Query query = KnowledgeSearch.Query.fromParameters(Map.of("q", List.of(text)), 10);
		return search.search(query).total();
	}

	private void signIn(String username) {
		UserDetails user = context.getBeansOfType(UserDetailsService.class).values().iterator().next()
			.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	/** The app rebuilds a lagging index on start; a second rebuild beside it would only slow both. */
	private void awaitStartupRebuild() throws InterruptedException {
		while (search.indexing().running()) {
			Thread.sleep(500);
		}
	}

	private List<CorpusGenerator.Organisation> organisations() throws Exception {
		List<CorpusGenerator.Organisation> organisations = new ArrayList<>();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select id, name from organisation order by name, id")) {
			while (rs.next()) {
				organisations.add(new CorpusGenerator.Organisation(rs.getObject(1, java.util.UUID.class),
						rs.getString(2)));
			}
		}
		return organisations;
	}

	private long publishedItems() throws Exception {
		return query("select count(*) from knowledge_item where status = 'PUBLISHED'");
	}

	private long query(String sql) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private void facts() throws Exception {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("select version()")) {
				rs.next();
				report.postgresVersion = rs.getString(1);
			}
			try (ResultSet rs = s.executeQuery("select pg_total_relation_size('knowledge_item'), "
					+ "pg_total_relation_size('bench_fts'), current_setting('shared_buffers')")) {
				rs.next();
				report.tableBytes = rs.getLong(1);
				report.ftsBytes = rs.getLong(2);
				report.sharedBuffers = rs.getString(3);
			}
		}
		Path index = options.dataDir().resolve("index");
		if (Files.isDirectory(index)) {
			try (var files = Files.walk(index)) {
				report.indexBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
			}
		}
	}

	static double seconds(long startNanos) {
		return Math.round((System.nanoTime() - startNanos) / 1e8) / 10.0;
	}
}
