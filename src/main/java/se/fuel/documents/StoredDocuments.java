package se.fuel.documents;

import java.io.InputStream;
import java.util.Optional;

/**
 * The files behind attachments, kept in the {@link FileStore} for the transaction that records them: a stored file
 * whose transaction rolls back is deleted again, and a removed attachment's file goes only once the removal has
 * committed, so a failure leaves at worst an orphan file that nothing refers to, never a record without its file.
 * Who may attach what where is the business of each module; this only keeps the bytes.
 */
public interface StoredDocuments {

	/**
	 * Stores a checked upload in the folder (e.g. {@code applications}) and returns the key to keep with its record;
	 * the file is deleted again if the current transaction does not commit.
	 */
	String store(String folder, UploadedDocument document);

	/** The stored file's content, or empty when the file is gone. The caller closes the stream. */
	Optional<InputStream> open(String key);

	/**
	 * All of the stored file's bytes.
	 *
	 * @throws java.io.UncheckedIOException when the file is gone or cannot be read
	 */
	byte[] read(String key);

	/** Deletes the file once the current transaction has committed (at once outside a transaction). */
	void deleteAfterCommit(String key);
}
