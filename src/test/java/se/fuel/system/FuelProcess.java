package se.fuel.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import se.fuel.FuelApplication;

/**
 * Fuel started as its own JVM on a data folder, as a user starts it, so that it can be killed like one: with the
 * embedded database, demo data and a free port.
 */
final class FuelProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	final Path dataDir;

	final int port;

	private final Process process;

	private final Path log;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private FuelProcess(Path dataDir, int port, Process process, Path log) {
		this.dataDir = dataDir;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	static FuelProcess start(Path dataDir, String name) throws IOException {
		int port = freePort();
		Path log = dataDir.resolveSibling(name + ".log");
		var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				FuelApplication.class.getName())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		var env = builder.environment();
		env.keySet().removeIf(key -> key.startsWith("FUEL_") || key.startsWith("SPRING_"));
		env.put("FUEL_DATA_DIR", dataDir.toString());
		env.put("FUEL_DEMO", "true");
		env.put("SERVER_PORT", Integer.toString(port));
		Process process = builder.start();
		// A test JVM that ends early (a timeout, Ctrl-C) must not leave a Fuel running on a random port.
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		return new FuelProcess(dataDir, port, process, log);
	}

	/** Fails, with the end of Fuel's log, unless it answers UP before the timeout. */
	FuelProcess awaitUp() throws IOException, InterruptedException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("Fuel exited with " + process.exitValue() + " during start:\n" + logTail());
			}
			try {
				var health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return this;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("Fuel was not UP after " + START_TIMEOUT + ":\n" + logTail());
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	HttpResponse<String> send(String method, String path, String user, String json)
			throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	boolean isAlive() {
		return process.isAlive();
	}

	long pid() {
		return process.pid();
	}

	Path pgDir() {
		return dataDir.resolve("postgres");
	}

	/** The postmaster named in postmaster.pid. */
	ProcessHandle postmaster() throws IOException {
		return LeftoverPostmaster.postmaster(pgDir()).orElseThrow(() -> new AssertionError("no postmaster.pid"));
	}

	/** A connection as Fuel makes it: loopback, the port from postmaster.pid, the password from the data folder. */
	Connection connect() throws IOException, SQLException {
		return connect(DatabasePassword.read(dataDir).orElseThrow());
	}

	Connection connect(String password) throws IOException, SQLException {
		var properties = new Properties();
		properties.setProperty("user", DatabasePassword.USER);
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort() + "/postgres",
				properties);
	}

	int databasePort() throws IOException {
		List<String> lines = Files.readAllLines(pgDir().resolve("postmaster.pid"));
		return Integer.parseInt(lines.get(3).strip());
	}

	void killHard() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/** SIGTERM, as a service manager stops it: Spring closes the pool, then the database. */
	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(Duration.ofMinutes(1).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	String logTail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException e) {
			return "(no log: " + e + ")";
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
