package se.fuel.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuel as a user runs it, in its own JVM on a data folder, killed the hard way: drafts written from several threads
 * until Fuel and its database are killed together, a restart that must succeed at once (over the dead server's
 * postmaster.pid) and find every acknowledged draft whole, then Fuel alone killed, which must take its database with
 * it. A server left running by some other way is cleared at start (EmbeddedDatabaseIT, without a JVM per start).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashDurabilityIT {

	private static final int WRITERS = 8;

	private static final Duration WRITING = Duration.ofSeconds(5);

	private static final Duration WRITING_AT_MOST = Duration.ofSeconds(25);

	private static final int ACKNOWLEDGED_AT_LEAST = 100;

	private static final Duration DATABASE_STOPS = Duration.ofSeconds(20);

	private final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	static Path folder;

	Path dataDir;

	FuelProcess fuel;

	@BeforeAll
	void fuel_runs_on_a_fresh_data_folder() throws Exception {
		dataDir = folder.resolve("data");
		fuel = timed("first start, with initdb and demo data", () -> FuelProcess.start(dataDir, "first").awaitUp());
	}

	@AfterAll
	void stop_fuel_and_anything_left_on_the_folder() throws Exception {
		if (fuel != null) {
			fuel.close();
		}
		if (dataDir != null) {
			LeftoverPostmaster.postgresProcessesOf(dataDir.resolve("postgres").toRealPath())
				.forEach(ProcessHandle::destroyForcibly);
		}
	}

	@Test
	@Order(1)
	void every_draft_acknowledged_before_fuel_and_its_database_are_killed_together_is_there_whole_after_a_restart()
			throws Exception {
		String callId = openCallId();
		Map<UUID, long[]> acknowledged = new ConcurrentHashMap<>();
		AtomicInteger serverErrors = new AtomicInteger();
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			writers.submit(() -> {
				for (int n = 0; !killed.get(); n++) {
					long[] amounts = { 10_000 + writer, 20_000 + n, 30_000 };
					try {
						var answer = fuel.send("POST", "/api/v1/applications", "farsta", draft(callId, writer, n, amounts));
						if (answer.statusCode() == 201) {
							acknowledged.put(UUID.fromString(json.readTree(answer.body()).get("id").asString()), amounts);
						}
						else if (answer.statusCode() >= 500) {
							serverErrors.incrementAndGet();
						}
					}
					catch (Exception connectionLost) {
						return;
					}
				}
			});
		}
		// Until the writers are warm and many commits are in flight, so that a commit acknowledged before it is
		// durable (synchronous_commit off) would be caught in the kill.
		long started = System.nanoTime();
		while (System.nanoTime() - started < WRITING_AT_MOST.toNanos()
				&& (System.nanoTime() - started < WRITING.toNanos() || acknowledged.size() < ACKNOWLEDGED_AT_LEAST)) {
			Thread.sleep(100);
		}

		ProcessHandle postmaster = fuel.postmaster();
		List<ProcessHandle> database = Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
		database.forEach(ProcessHandle::destroyForcibly);
		fuel.killHard();
		killed.set(true);
		writers.shutdown();
		assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		assertThat(serverErrors).hasValue(0);
		assertThat(acknowledged).as("drafts answered 201 before the kill").hasSizeGreaterThan(WRITERS * 2);

		fuel = timed("restart after the kill", () -> FuelProcess.start(dataDir, "after-crash").awaitUp());

		List<String> missing = new ArrayList<>();
		try (Connection db = fuel.connect()) {
			for (var draft : acknowledged.entrySet()) {
				String whole = wholeDraft(db, draft.getKey(), draft.getValue());
				if (whole != null) {
					missing.add(draft.getKey() + ": " + whole);
				}
			}
		}
		System.out.printf("CrashDurabilityIT: %d drafts acknowledged before the kill%n", acknowledged.size());
		assertThat(missing).as("of %d acknowledged drafts", acknowledged.size()).isEmpty();
		UUID one = acknowledged.keySet().iterator().next();
		var read = fuel.send("GET", "/api/v1/applications/" + one, "farsta", null);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(json.readTree(read.body()).get("budgetLines")).hasSize(3);
	}

	@Test
	@Order(2)
	void the_restarted_database_keeps_postgresqls_durability_and_answers_only_with_its_password() throws Exception {
		try (Connection db = fuel.connect(); var statement = db.createStatement()) {
			for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
				try (var rs = statement.executeQuery("show " + setting)) {
					rs.next();
					assertThat(rs.getString(1)).as(setting).isEqualTo("on");
				}
			}
		}
		assertThat(refusal(null)).contains("password");
		assertThat(refusal("wrong")).contains("password authentication failed");
	}

	@Test
	@Order(3)
	void a_killed_fuel_takes_its_database_with_it() throws Exception {
		if (!fuel.isAlive()) {
			fuel = FuelProcess.start(dataDir, "again").awaitUp();
		}
		ProcessHandle postmaster = fuel.postmaster();
		Path pgDir = fuel.pgDir().toRealPath();
		fuel.killHard();

		postmaster.onExit().get(DATABASE_STOPS.toMillis(), TimeUnit.MILLISECONDS);
		assertThat(LeftoverPostmaster.postgresProcessesOf(pgDir)).isEmpty();
		assertThat(pgDir.resolve("postmaster.pid")).as("removed by a clean shutdown").doesNotExist();
		fuel = null;
	}

	/** Null when the draft is there with its title, its budget lines in order and its "created" audit row. */
	private static String wholeDraft(Connection db, UUID id, long[] amounts) throws SQLException {
		try (var application = db.prepareStatement("select title from application where id = ?");
				var lines = db.prepareStatement(
						"select amount from application_budget_line where application_id = ? order by position");
				var audit = db.prepareStatement("select count(*) from audit_entry where object_type = 'Application'"
						+ " and object_id = ? and action = 'created'")) {
			application.setObject(1, id);
			try (var rs = application.executeQuery()) {
				if (!rs.next()) {
					return "no application row";
				}
			}
			lines.setObject(1, id);
			List<Long> found = new ArrayList<>();
			try (var rs = lines.executeQuery()) {
				while (rs.next()) {
					found.add(rs.getLong(1));
				}
			}
			if (!found.equals(Stream.of(amounts[0], amounts[1], amounts[2]).toList())) {
				return "budget lines " + found;
			}
			audit.setString(1, id.toString());
			try (var rs = audit.executeQuery()) {
				rs.next();
				return rs.getInt(1) == 1 ? null : rs.getInt(1) + " audit rows";
			}
		}
	}

	private String refusal(String password) throws Exception {
		try (Connection ignored = fuel.connect(password)) {
			return "connected";
		}
		catch (SQLException refused) {
			return refused.getMessage();
		}
	}

	private String openCallId() throws Exception {
		JsonNode calls = json.readTree(fuel.send("GET", "/api/v1/calls", "farsta", null).body());
		for (JsonNode call : calls) {
			if ("OPEN".equals(call.get("status").asString()) && call.get("published").asBoolean()) {
				return call.get("id").asString();
			}
		}
		throw new AssertionError("no open call in the demo data: " + calls);
	}

	private static String draft(String callId, int writer, int n, long[] amounts) {
		return """
				{"callId":"%s","title":"Kraschprov %d-%d","contactName":"Fatima","contactEmail":"fatima@farsta.example",
				 "targetGroup":"Unga","problem":"Problem","goals":"Mål","method":"Metod","implementationPlan":"Plan",
				 "requestedAmount":%d,"budgetLines":[{"description":"Lön","amount":%d},
				 {"description":"Resor","amount":%d},{"description":"Lokal","amount":%d}],
				 "priorityAreas":[],"startDate":"2027-02-01","endDate":"2027-11-30"}"""
			.formatted(callId, writer, n, amounts[0] + amounts[1] + amounts[2], amounts[0], amounts[1], amounts[2]);
	}

	private static FuelProcess timed(String what, Starter starter) throws Exception {
		long started = System.nanoTime();
		FuelProcess process = starter.start();
		System.out.printf("CrashDurabilityIT: %s took %d s%n", what,
				TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
		return process;
	}

	@FunctionalInterface
	private interface Starter {

		FuelProcess start() throws Exception;
	}
}
