package se.fuel.assistance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.fuel.system.FuelProperties;

/**
 * Import files waiting for or read by a running import, in {@code imports/} of the data folder: an upload of a
 * million rows goes there instead of into memory, and the import removes its file when it ends.
 */
@Component
class ImportUploads {

	private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);

	private final Path folder;

	private final Clock clock;

	ImportUploads(FuelProperties properties, Clock clock) {
		this.folder = properties.dataDir().resolve("imports");
		this.clock = clock;
	}

	/** Saves the content to a new file; more than {@code maxBytes} removes it and throws {@code tooLarge}'s. */
	Path save(InputStream content, long maxBytes, Supplier<? extends RuntimeException> tooLarge) {
		Path file;
		try {
			Files.createDirectories(folder);
			file = Files.createTempFile(folder, "import-", ".upload");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		boolean kept = false;
		try (InputStream in = content; OutputStream out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			long total = 0;
			int read;
			while ((read = in.read(buffer)) > 0) {
				total += read;
				if (total > maxBytes) {
					throw tooLarge.get();
				}
				out.write(buffer, 0, read);
			}
			kept = true;
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			if (!kept) {
				delete(file);
			}
		}
	}

	/**
	 * Files left by imports that a stopped application never finished. Only old ones: another instance on the same
	 * folder may be importing right now, and no import takes an hour.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void removeLeftovers() {
		if (!Files.isDirectory(folder)) {
			return;
		}
		Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
		try (var files = Files.list(folder)) {
			files.filter(f -> f.getFileName().toString().endsWith(".upload") && modified(f).isBefore(hourAgo))
				.forEach(ImportUploads::delete);
		}
		catch (IOException e) {
			log.warn("Could not clean {}", folder, e);
		}
	}

	/** A file whose age cannot be read counts as new, so it is left alone. */
	private Instant modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException e) {
			return clock.instant();
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Could not remove {}", file, e);
		}
	}
}
