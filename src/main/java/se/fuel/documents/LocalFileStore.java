package se.fuel.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.stereotype.Component;
import se.fuel.system.FuelProperties;

/** Files under {@code ${fuel.data-dir}/files/}, one file per key. */
@Component
class LocalFileStore implements FileStore {

	private final Path root;

	LocalFileStore(FuelProperties properties) {
		this.root = properties.dataDir().resolve("files").toAbsolutePath().normalize();
	}

	@Override
	public String put(String folder, InputStream content) throws IOException {
		if (!folder.matches("[a-z0-9-]+")) {
			throw new IllegalArgumentException("Bad folder name " + folder);
		}
		String key = folder + "/" + UUID.randomUUID();
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Files.copy(content, target);
		return key;
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	// Keys come from our own database, but a key must never lead outside the files folder.
	private Path resolve(String key) {
		Path path = root.resolve(key).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("Bad file key");
		}
		return path;
	}
}
