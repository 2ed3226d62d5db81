package se.fuel.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's embedded database, started as Fuel starts it on a data folder, without the rest of Fuel. */
class EmbeddedDatabaseIT {

	@TempDir
	Path dataDir;

	@Test
	void a_new_data_folder_gets_postgresqls_durability_loopback_only_and_a_password_only_its_owner_may_read()
			throws Exception {
		try (var db = EmbeddedDatabase.durable(dataDir); var connection = connect(db, db.password())) {
			assertThat(show(connection, "fsync")).isEqualTo("on");
			assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
			assertThat(show(connection, "full_page_writes")).isEqualTo("on");
			assertThat(show(connection, "unix_socket_directories")).isEmpty();
			assertThat(Arrays.stream(show(connection, "listen_addresses").split(",")).map(String::strip))
				.isNotEmpty()
				.allSatisfy(address -> assertThat(InetAddress.getByName(address).isLoopbackAddress()).isTrue());
			try (var rs = connection.createStatement()
				.executeQuery("select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'")) {
				rs.next();
				assertThat(rs.getInt(1)).as("pg_hba.conf lines without the password").isZero();
			}
			assertThatThrownBy(() -> connect(db, null).close()).isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> connect(db, "wrong").close()).isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
		}
		assertThat(DatabasePassword.read(dataDir)).isPresent();
		assertThat(Files.getPosixFilePermissions(DatabasePassword.file(dataDir)))
			.isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
	}

	@Test
	void a_data_folder_made_before_fuel_set_a_password_gets_one_at_its_next_start_and_keeps_its_data()
			throws Exception {
		Path pgDir = dataDir.resolve("postgres");
		// As Fuel made it before: zonky's defaults, every local connection trusted as superuser.
		try (var old = EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(false).start();
				var connection = DriverManager.getConnection(old.getJdbcUrl("postgres", "postgres"))) {
			connection.createStatement().execute("create table kept (note text); insert into kept values ('före')");
		}
		assertThat(DatabasePassword.read(dataDir)).isEmpty();

		try (var db = EmbeddedDatabase.durable(dataDir); var connection = connect(db, db.password())) {
			try (var rs = connection.createStatement().executeQuery("select note from kept")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo("före");
			}
			assertThat(DatabasePassword.read(dataDir)).contains(db.password());
			assertThatThrownBy(() -> connect(db, null).close()).isInstanceOf(SQLException.class);
		}
		// And the start after that one uses the same password.
		try (var db = EmbeddedDatabase.durable(dataDir); var connection = connect(db, db.password())) {
			assertThat(DatabasePassword.read(dataDir)).contains(db.password());
		}
	}

	@Test
	void a_stale_postmaster_pid_naming_a_live_process_that_is_not_postgres_does_not_stop_the_start()
			throws Exception {
		EmbeddedDatabase.durable(dataDir).close();
		Path pidFile = dataDir.resolve("postgres/postmaster.pid");
		// The pid of a killed postmaster now belongs to another process of the same user: PostgreSQL alone would
		// refuse to start. (Not this JVM's pid: PostgreSQL takes its parent's and grandparent's pids for stale.)
		Process other = new ProcessBuilder("sleep", "300").start();
		try {
			Files.writeString(pidFile, other.pid() + "\n" + dataDir.resolve("postgres") + "\n");

			try (var db = EmbeddedDatabase.durable(dataDir); var connection = connect(db, db.password())) {
				assertThat(show(connection, "fsync")).isEqualTo("on");
			}
			assertThat(other.isAlive()).isTrue();
		}
		finally {
			other.destroyForcibly();
		}
	}

	@Test
	void a_database_left_running_on_the_folder_is_stopped_and_the_start_succeeds_at_the_first_try() throws Exception {
		Path pgDir = dataDir.resolve("postgres");
		Path bin;
		try (var db = EmbeddedDatabase.durable(dataDir)) {
			bin = Path.of(LeftoverPostmaster.postmaster(pgDir).orElseThrow().info().command().orElseThrow()).getParent();
		}
		// Started outside any Fuel, as the server of a killed Fuel used to be left: running, with no one to stop it.
		var command = new ArrayList<String>();
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", pgDir.toString(), "-l",
				dataDir.resolve("orphan.log").toString(), "-w", "-o",
				"-p " + freePort() + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''", "start"));
		assertThat(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start()
			.waitFor()).isZero();
		ProcessHandle orphan = LeftoverPostmaster.postmaster(pgDir).orElseThrow();
		assertThat(orphan.isAlive()).isTrue();

		try (var db = EmbeddedDatabase.durable(dataDir); var connection = connect(db, db.password())) {
			assertThat(orphan.isAlive()).isFalse();
			assertThat(show(connection, "fsync")).isEqualTo("on");
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Connection connect(EmbeddedDatabase db, String password) throws SQLException {
		var properties = new Properties();
		properties.setProperty("user", DatabasePassword.USER);
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + db.postgres().getPort() + "/postgres",
				properties);
	}

	private static String show(Connection connection, String setting) throws SQLException {
		try (var rs = connection.createStatement().executeQuery("show " + setting)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
