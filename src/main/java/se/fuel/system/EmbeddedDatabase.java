package se.fuel.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL and what keeps it safe: its password and its watchdog. Closed after the pool that uses it.
 *
 * @param postgres null when the database is external
 * @param password null on a throw-away test database, which trusts every local connection
 */
record EmbeddedDatabase(EmbeddedPostgres postgres, String password, PostmasterWatchdog watchdog)
		implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	static final EmbeddedDatabase NONE = new EmbeddedDatabase(null, null, PostmasterWatchdog.NONE);

	/** zonky's lock file in the folder, held while its server runs. */
	private static final String LOCK_FILE = "epg-lock";

	/** After a crash PostgreSQL replays its write-ahead log before it accepts connections; that can take a while. */
	private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);

	/**
	 * Fuel's database in {@code dataDir/postgres}, with the durability PostgreSQL ships with. zonky starts the server
	 * with {@code -F} (fsync off) and synchronous_commit off for tests; the {@code -c} settings given here come after
	 * {@code -F} on the command line and so win over it.
	 */
	static EmbeddedDatabase durable(Path dataDir) throws IOException {
		Path pgDir = dataDir.resolve("postgres").toAbsolutePath();
		Files.createDirectories(pgDir);
		boolean fresh = !Files.exists(pgDir.resolve("postgresql.conf"));
		if (fresh) {
			// initdb wants an empty folder; no server ever ran on one without postgresql.conf.
			Files.deleteIfExists(pgDir.resolve(LOCK_FILE));
		}
		else {
			clearLeftovers(pgDir);
		}
		Optional<String> saved = DatabasePassword.read(dataDir);
		String password = saved.orElseGet(DatabasePassword::generate);
		boolean upgrade = saved.isEmpty() && !fresh;
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(pgDir)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "100")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("listen_addresses", "127.0.0.1,::1")
			// No Unix socket: every connection is TCP on loopback and needs the password (pg_hba.conf).
			.setServerConfig("unix_socket_directories", "''")
			.setConnectConfig("password", password)
			.setPGStartupWait(STARTUP_WAIT)
			.setDataDirectoryCustomizer(dir -> {
				try {
					ClientAuthentication.write(dir.toPath(), upgrade);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		Path initdbPassword = null;
		if (fresh) {
			initdbPassword = DatabasePassword.writeOwnerOnly(dataDir.resolve("postgres.initdb-password"),
					password + "\n");
			// zonky passes its locale settings to initdb as --key=value: the superuser gets its password at birth.
			builder.setLocaleConfig("pwfile", initdbPassword.toString());
		}
		log.info("Starting embedded PostgreSQL in {}", pgDir);
		EmbeddedPostgres postgres;
		try {
			postgres = builder.start();
		}
		finally {
			if (initdbPassword != null) {
				Files.deleteIfExists(initdbPassword);
			}
		}
		var watchdog = PostmasterWatchdog.watch(pgDir);
		if (upgrade) {
			setPassword(postgres, password);
			ClientAuthentication.write(pgDir, false);
			reloadConfiguration(postgres, password);
			log.warn("The embedded PostgreSQL in {} now requires the password in {}", pgDir,
					DatabasePassword.file(dataDir));
		}
		if (saved.isEmpty()) {
			DatabasePassword.write(dataDir, password);
		}
		log.info("Embedded PostgreSQL listening on 127.0.0.1:{} (also in line 4 of {}), user postgres, password in {}",
				postgres.getPort(), pgDir.resolve("postmaster.pid"), DatabasePassword.file(dataDir));
		return new EmbeddedDatabase(postgres, password, watchdog);
	}

	/** For tests: a fresh folder thrown away on close, with zonky's fast settings (fsync off) and no password. */
	static EmbeddedDatabase throwAway() throws IOException {
		Path pgDir = Files.createTempDirectory("fuel-test-postgres");
		var postgres = EmbeddedPostgres.builder()
			.setDataDirectory(pgDir)
			.setCleanDataDirectory(true)
			.setServerConfig("max_connections", "100")
			.start();
		return new EmbeddedDatabase(postgres, null, PostmasterWatchdog.watch(pgDir));
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl(DatabasePassword.USER, "postgres");
	}

	/**
	 * Under zonky's own lock, so that the server of a Fuel still running on this folder is never taken for a
	 * leftover; zonky takes the same lock again right after.
	 */
	private static void clearLeftovers(Path pgDir) throws IOException {
		try (var channel = FileChannel.open(pgDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("Another Fuel is running on " + pgDir + "; stop it first");
			}
			LeftoverPostmaster.clear(pgDir);
		}
		catch (OverlappingFileLockException inThisJvm) {
			throw new IllegalStateException("This JVM already runs a database on " + pgDir, inThisJvm);
		}
	}

	private static void setPassword(EmbeddedPostgres postgres, String password) throws IOException {
		try (var connection = DriverManager.getConnection(postgres.getJdbcUrl(DatabasePassword.USER, "postgres"));
				var statement = connection.createStatement()) {
			statement.execute("set password_encryption = 'scram-sha-256'");
			// The password is base64url, so it cannot end the literal.
			statement.execute("alter role " + DatabasePassword.USER + " password '" + password + "'");
		}
		catch (SQLException e) {
			throw new IOException("Could not set the embedded PostgreSQL's password", e);
		}
	}

	private static void reloadConfiguration(EmbeddedPostgres postgres, String password) throws IOException {
		try (var connection = DriverManager.getConnection(postgres.getJdbcUrl(DatabasePassword.USER, "postgres"),
				DatabasePassword.USER, password); var statement = connection.createStatement()) {
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException e) {
			throw new IOException("Could not reload the embedded PostgreSQL's pg_hba.conf", e);
		}
	}

	@Override
	public void close() throws IOException {
		watchdog.close();
		if (postgres != null) {
			postgres.close();
		}
	}
}
