package se.fuel.documents;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.tika.Tika;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;

/**
 * An uploaded document that passed the rules every attachment in Fuel follows (applications' and reports'): PDF, Word or Excel judged by the
 * content (a text file renamed to .pdf is refused), not empty, at most 10 MB, the name without any folder.
 *
 * @param contentType the type detected from the content
 */
public record UploadedDocument(String fileName, String contentType, byte[] bytes) {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** The content types Tika detects for the accepted documents. */
	static final Set<String> ACCEPTED = Set.of("application/pdf", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
			// An Office container (OLE2 or OOXML) counts only when its name makes it Word or Excel; Tika refines the
			// container type by the name only when the content is such a container.
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final Tika TIKA = new Tika();

	/** Reads and checks the upload; the violations name the field {@code file}. Closes the stream. */
	public static UploadedDocument check(String fileName, long size, InputStream content) {
		String name = cleanName(fileName);
		if (size > MAX_BYTES) {
			throw tooLarge();
		}
		byte[] bytes;
		try (InputStream in = content) {
			bytes = in.readNBytes((int) MAX_BYTES + 1);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (bytes.length > MAX_BYTES) {
			throw tooLarge();
		}
		if (bytes.length == 0) {
			throw new ViolationException(Violation.of("file", "not-empty", "documents.upload.empty"));
		}
		String type;
		try (InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes))) {
			type = TIKA.detect(in, name);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!ACCEPTED.contains(type)) {
			throw new ViolationException(Violation.of("file", "file-type", "documents.upload.type", name));
		}
		return new UploadedDocument(name, type, bytes);
	}

	private static ViolationException tooLarge() {
		return new ViolationException(Violation.of("file", "max-size", "documents.upload.size"));
	}

	private static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty()) {
			throw new ViolationException(Violation.of("file", "required", "documents.upload.required"));
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}
}
