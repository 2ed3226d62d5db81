package se.fuel.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import se.fuel.TestTexts;
import se.fuel.common.ViolationException;

/**
 * The 10 MB rule of every attachment (applications, reports, knowledge items) is Fuel's own, in code: the server lets
 * larger uploads through for the statistics import.
 */
class UploadedDocumentTests {

	private static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

	@Test
	void refuses_a_document_announced_as_larger_than_10_mb() {
		assertThatThrownBy(() -> UploadedDocument.check("stor.pdf", UploadedDocument.MAX_BYTES + 1,
				new ByteArrayInputStream(PDF)))
			.isInstanceOfSatisfying(ViolationException.class,
					e -> assertThat(e.violations()).singleElement().satisfies(v -> {
						assertThat(v.rule()).isEqualTo("max-size");
						assertThat(TestTexts.swedish(v)).isEqualTo("Bilagan är för stor. En bilaga får vara högst 10 MB.");
					}));
	}

	@Test
	void refuses_a_document_longer_than_10_mb_whatever_its_announced_size() {
		byte[] big = Arrays.copyOf(PDF, (int) UploadedDocument.MAX_BYTES + 1);
		InputStream content = new ByteArrayInputStream(big);
		assertThatThrownBy(() -> UploadedDocument.check("stor.pdf", -1, content))
			.isInstanceOfSatisfying(ViolationException.class,
					e -> assertThat(e.violations()).extracting(v -> v.rule()).containsExactly("max-size"));
	}

	@Test
	void takes_a_document_of_exactly_10_mb() {
		byte[] exact = Arrays.copyOf(PDF, (int) UploadedDocument.MAX_BYTES);
		assertThat(UploadedDocument.check("precis.pdf", exact.length, new ByteArrayInputStream(exact)).bytes())
			.hasSize((int) UploadedDocument.MAX_BYTES);
	}

	@Test
	void refuses_a_text_file_named_as_a_pdf_naming_the_file_in_swedish_and_english() {
		byte[] text = "Hej, det här är ingen PDF.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThatThrownBy(() -> UploadedDocument.check("C:\\Mina dokument\\rapport.pdf", text.length,
				new ByteArrayInputStream(text)))
			.isInstanceOfSatisfying(ViolationException.class,
					e -> assertThat(e.violations()).singleElement().satisfies(v -> {
						assertThat(v.rule()).isEqualTo("file-type");
						assertThat(TestTexts.swedish(v)).isEqualTo("Bilagan \u201Drapport.pdf\u201D måste vara en PDF-, "
								+ "Word- eller Excel-fil. Filens innehåll är inte något av dessa format, oavsett vad "
								+ "filen heter.");
						assertThat(TestTexts.english(v)).startsWith("The attachment \u201Crapport.pdf\u201D must be");
					}));
	}

	@Test
	void refuses_an_empty_document_and_a_missing_name() {
		assertThatThrownBy(() -> UploadedDocument.check("tom.pdf", 0, new ByteArrayInputStream(new byte[0])))
			.isInstanceOfSatisfying(ViolationException.class, e -> assertThat(TestTexts.swedish(e.violations().get(0)))
				.isEqualTo("Bilagan är tom. Välj en fil med innehåll."));
		assertThatThrownBy(() -> UploadedDocument.check(" ", PDF.length, new ByteArrayInputStream(PDF)))
			.isInstanceOfSatisfying(ViolationException.class, e -> assertThat(TestTexts.swedish(e.violations().get(0)))
				.isEqualTo("Välj en fil att bifoga."));
	}
}
