package se.fuel.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.fuel.FuelIntegrationTest;
import se.fuel.TestTexts;
import se.fuel.common.ViolationException;
import se.fuel.system.FuelProperties;
import se.fuel.testdata.TestData;

/**
 * The import's own size limit, checked by the service whatever the web server lets through: a size declared above it
 * and a stream that turns out longer than it are both refused with a message naming the field and the limit, and the
 * part already saved is removed.
 */
@FuelIntegrationTest
class AssistanceImportLimitIT {

	@Autowired
	AssistanceSeries series;

	@Autowired
	TestData data;

	@Autowired
	FuelProperties properties;

	@Test
	void a_file_declared_larger_than_the_limit_is_refused_before_it_is_read() {
		InputStream never = new InputStream() {
			@Override
			public int read() {
				throw new AssertionError("a file declared too large must not be read");
			}
		};
		String officer = data.officer();
		assertThatThrownBy(() -> data.as(officer, () -> series.startImport("stor.csv", AssistanceImportFormat.CSV,
				DuplicatePolicy.REFUSE, never, AssistanceSeries.MAX_IMPORT_BYTES + 1)))
			.isInstanceOfSatisfying(ViolationException.class, e -> {
				assertThat(e.violations()).singleElement().satisfies(v -> {
					assertThat(v.field()).isEqualTo("file");
					assertThat(TestTexts.swedish(v)).contains("för stor").contains(AssistanceSeries.MAX_IMPORT_SIZE);
				});
			});
	}

	@Test
	void a_stream_longer_than_the_limit_is_refused_and_its_saved_part_removed() throws Exception {
		long before = uploadsLeft();
		InputStream endless = new InputStream() {
			long served;

			@Override
			public int read() {
				return served++ <= AssistanceSeries.MAX_IMPORT_BYTES ? 'x' : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (served > AssistanceSeries.MAX_IMPORT_BYTES) {
					return -1;
				}
				int n = (int) Math.min(len, AssistanceSeries.MAX_IMPORT_BYTES + 1 - served);
				java.util.Arrays.fill(b, off, off + n, (byte) 'x');
				served += n;
				return n;
			}
		};
		// Declared small, as a client may lie or not know: the service counts what it saves.
		String officer = data.officer();
		assertThatThrownBy(() -> data.as(officer, () -> series.startImport("lång.csv", AssistanceImportFormat.CSV,
				DuplicatePolicy.REFUSE, endless, 10)))
			.isInstanceOfSatisfying(ViolationException.class,
					e -> assertThat(TestTexts.swedish(e.violations().get(0))).contains(AssistanceSeries.MAX_IMPORT_SIZE));
		assertThat(uploadsLeft()).isEqualTo(before);
	}

	@Test
	void only_officers_and_administrators_may_start_an_import() {
		UUID district = data.district();
		for (String user : List.of(data.applicant(district), data.reader(), data.council(district))) {
			assertThatThrownBy(() -> data.as(user, () -> series.startImport("a.csv", AssistanceImportFormat.CSV,
					DuplicatePolicy.REFUSE, new ByteArrayInputStream(new byte[0]), 0)))
				.as(user)
				.isInstanceOf(se.fuel.common.AccessDeniedException.class);
		}
	}

	private long uploadsLeft() throws Exception {
		Path folder = properties.dataDir().resolve("imports");
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}
}
