package se.fuel.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link StoredDocuments} over the {@link FileStore}, with one way of tying a file's fate to a transaction. */
@Component
class FileStoreDocuments implements StoredDocuments {

	private static final Logger log = LoggerFactory.getLogger(FileStoreDocuments.class);

	private final FileStore files;

	FileStoreDocuments(FileStore files) {
		this.files = files;
	}

	@Override
	public String store(String folder, UploadedDocument document) {
		String key;
		try {
			key = files.put(folder, new ByteArrayInputStream(document.bytes()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		afterTransaction(key, false);
		return key;
	}

	@Override
	public Optional<InputStream> open(String key) {
		try {
			return Optional.of(files.open(key));
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	@Override
	public byte[] read(String key) {
		try (InputStream in = files.open(key)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void deleteAfterCommit(String key) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			afterTransaction(key, true);
		}
		else {
			delete(key);
		}
	}

	/** Deletes the file when the transaction ends committed ({@code true}) or not ({@code false}). */
	private void afterTransaction(String key, boolean deleteIfCommitted) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if ((status == STATUS_COMMITTED) == deleteIfCommitted) {
					delete(key);
				}
			}
		});
	}

	private void delete(String key) {
		try {
			files.delete(key);
		}
		catch (IOException e) {
			// An orphan file is harmless: nothing refers to it any longer.
			log.warn("Could not delete the stored file {}", key, e);
		}
	}
}
