package se.fuel.assistance.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file an import reads: first a look at it (its lines for the progress bar, and for a CSV the organisations and
 * periods it names), then once more to check and store it; let go when the import ends.
 */
abstract class ImportFile {

	private static final Logger log = LoggerFactory.getLogger(ImportFile.class);

	abstract InputStream open() throws IOException;

	/** Called once the import has ended, whatever the outcome. */
	void close() {
	}

	static ImportFile of(byte[] content) {
		return new ImportFile() {

			@Override
			InputStream open() {
				return new ByteArrayInputStream(content);
			}
		};
	}

	/** @param owned the import removes the file when it ends (an upload saved for the import) */
	static ImportFile of(Path file, boolean owned) {
		return new ImportFile() {

			@Override
			InputStream open() throws IOException {
				return Files.newInputStream(file);
			}

			@Override
			void close() {
				if (owned) {
					try {
						Files.deleteIfExists(file);
					}
					catch (IOException e) {
						log.warn("Could not remove the imported file {}", file, e);
					}
				}
			}
		};
	}

	CsvAssistanceReader.Scan scan() {
		try (InputStream in = open()) {
			return CsvAssistanceReader.scan(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e.getMessage(), e);
		}
	}

	/** Lines in the file, for the progress bar: every line but the header is about one row. */
	long lines() {
		long n = 0;
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = open()) {
			int read;
			while ((read = in.read(buffer)) > 0) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						n++;
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e.getMessage(), e);
		}
		return Math.max(1, n);
	}
}
