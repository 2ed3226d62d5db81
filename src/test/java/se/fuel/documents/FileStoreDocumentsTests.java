package se.fuel.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class FileStoreDocumentsTests {

	/** Files in memory, as the data folder would keep them. */
	static final class MemoryFileStore implements FileStore {

		final Map<String, byte[]> files = new HashMap<>();

		private int next;

		@Override
		public String put(String folder, InputStream content) throws IOException {
			String key = folder + "/" + ++next;
			files.put(key, content.readAllBytes());
			return key;
		}

		@Override
		public InputStream open(String key) throws IOException {
			byte[] bytes = files.get(key);
			if (bytes == null) {
				throw new IOException("no file " + key);
			}
			return new ByteArrayInputStream(bytes);
		}

		@Override
		public void delete(String key) {
			files.remove(key);
		}
	}

	private final MemoryFileStore files = new MemoryFileStore();

	private final StoredDocuments documents = new FileStoreDocuments(files);

	private static final UploadedDocument REPORT = new UploadedDocument("rapport.pdf", "application/pdf",
			"%PDF-1.4".getBytes());

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	private static void finishTransaction(int status) {
		var synchronizations = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clearSynchronization();
		synchronizations.forEach(s -> s.afterCompletion(status));
	}

	@Test
	void stores_an_upload_in_its_folder_and_reads_it_back() throws IOException {
		String key = documents.store("applications", REPORT);
		assertThat(key).startsWith("applications/");
		assertThat(documents.read(key)).isEqualTo(REPORT.bytes());
		try (InputStream in = documents.open(key).orElseThrow()) {
			assertThat(in.readAllBytes()).isEqualTo(REPORT.bytes());
		}
	}

	@Test
	void keeps_a_stored_file_when_its_transaction_commits() {
		TransactionSynchronizationManager.initSynchronization();
		String key = documents.store("applications", REPORT);
		finishTransaction(TransactionSynchronization.STATUS_COMMITTED);
		assertThat(files.files).containsKey(key);
	}

	@Test
	void deletes_a_stored_file_again_when_its_transaction_rolls_back() {
		TransactionSynchronizationManager.initSynchronization();
		String key = documents.store("applications", REPORT);
		finishTransaction(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(files.files).doesNotContainKey(key);
	}

	@Test
	void deletes_a_removed_file_only_once_the_removal_commits() {
		String key = documents.store("grant-reports", REPORT);
		TransactionSynchronizationManager.initSynchronization();
		documents.deleteAfterCommit(key);
		assertThat(files.files).containsKey(key);
		finishTransaction(TransactionSynchronization.STATUS_COMMITTED);
		assertThat(files.files).doesNotContainKey(key);
	}

	@Test
	void keeps_a_removed_file_when_the_removal_rolls_back() {
		String key = documents.store("knowledge", REPORT);
		TransactionSynchronizationManager.initSynchronization();
		documents.deleteAfterCommit(key);
		finishTransaction(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(files.files).containsKey(key);
	}

	@Test
	void deletes_at_once_outside_a_transaction() {
		String key = documents.store("knowledge", REPORT);
		documents.deleteAfterCommit(key);
		assertThat(files.files).doesNotContainKey(key);
	}

	@Test
	void answers_empty_for_a_missing_file_and_refuses_to_read_it() {
		assertThat(documents.open("knowledge/gone")).isEmpty();
		assertThatThrownBy(() -> documents.read("knowledge/gone")).isInstanceOf(UncheckedIOException.class);
	}
}
