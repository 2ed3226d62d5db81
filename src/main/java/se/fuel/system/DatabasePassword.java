package se.fuel.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The embedded server's superuser password, kept in the data folder as a PostgreSQL password file
 * ({@code *:*:*:postgres:<password>}) so that {@code PGPASSFILE=data/postgres.pgpass pg_dump ...} works as is.
 * libpq ignores such a file unless only its owner may read it, which is also what keeps the password private.
 */
final class DatabasePassword {

	static final String FILE_NAME = "postgres.pgpass";

	static final String USER = "postgres";

	private static final SecureRandom RANDOM = new SecureRandom();

	private DatabasePassword() {
	}

	static Path file(Path dataDir) {
		return dataDir.resolve(FILE_NAME);
	}

	/** 256 random bits; base64url has no character that a password file or an SQL literal would need to escape. */
	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static Optional<String> read(Path dataDir) throws IOException {
		Path file = file(dataDir);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				return Optional.of(line.substring(line.lastIndexOf(':') + 1).strip());
			}
		}
		return Optional.empty();
	}

	/** Written whole or not at all: a crash half-way must not leave a file naming a password the server lacks. */
	static void write(Path dataDir, String password) throws IOException {
		Path target = file(dataDir);
		Path temp = writeOwnerOnly(dataDir.resolve(FILE_NAME + ".new"), "*:*:*:" + USER + ":" + password + "\n");
		Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Creates the file with owner-only permissions from the start, so it is never readable by others. */
	static Path writeOwnerOnly(Path file, String content) throws IOException {
		Files.deleteIfExists(file);
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException notPosix) {
			Files.createFile(file);
		}
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}
}
