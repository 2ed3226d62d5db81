package se.fuel.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The embedded server's pg_hba.conf, written at every start: connections over loopback TCP only (the server has no
 * Unix socket and listens nowhere else), each with the superuser's password (SCRAM). Replication is allowed the
 * same way so that {@code pg_basebackup} can take an online backup.
 */
final class ClientAuthentication {

	static final String LOOPBACK_WITH_PASSWORD = """
			# Written by Fuel at every start (se.fuel.system.ClientAuthentication); changes here are overwritten.
			# Loopback only, with the password in the data folder's postgres.pgpass.
			host  all          all  127.0.0.1/32  scram-sha-256
			host  all          all  ::1/128       scram-sha-256
			host  replication  all  127.0.0.1/32  scram-sha-256
			host  replication  all  ::1/128       scram-sha-256
			""";

	/**
	 * Only for the one start that upgrades a folder made before Fuel set a password: the server is reached once
	 * without one to set it, then this file is rewritten without these lines and reloaded before anything else
	 * connects. Folders made since get their password from initdb and never see these lines.
	 */
	static final String UNTIL_THE_PASSWORD_IS_SET = """
			host  all  postgres  127.0.0.1/32  trust
			host  all  postgres  ::1/128       trust
			""";

	private ClientAuthentication() {
	}

	static void write(Path pgDir, boolean untilThePasswordIsSet) throws IOException {
		// The first matching line decides, so the temporary lines come first.
		String content = untilThePasswordIsSet ? UNTIL_THE_PASSWORD_IS_SET + LOOPBACK_WITH_PASSWORD
				: LOOPBACK_WITH_PASSWORD;
		Path temp = pgDir.resolve("pg_hba.conf.new");
		Files.writeString(temp, content, StandardCharsets.UTF_8);
		Files.move(temp, pgDir.resolve("pg_hba.conf"), StandardCopyOption.REPLACE_EXISTING,
				StandardCopyOption.ATOMIC_MOVE);
	}
}
