package se.fuel.decisions.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.fuel.decisions.DocumentView;

/**
 * The PDF/A of the hand-built 2024 document, rendered with the application's templates but without Spring's
 * context: valid PDF/A-2b, tagged, fonts embedded, saying what the HTML says.
 */
class DocumentRendererTest {

	private static DocumentRenderer renderer;

	private static DocumentView document;

	private static byte[] pdf;

	@BeforeAll
	static void render() {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		var engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		renderer = new DocumentRenderer(engine);
		var fixtures = new DocumentFixtures();
		document = DocumentFixtures.view(fixtures.composer().compose(2024, DocumentFixtures.texts(), fixtures.lines),
				true);
		pdf = renderer.pdf(document);
		try {
			// Left in target/ for a human to look at.
			java.nio.file.Files.write(java.nio.file.Path.of("target", "decision-document-2024.pdf"), pdf);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replaceAll("\\s+", " ");
		}
	}

	@Test
	void the_pdf_is_pdf_a_2b() {
		assertThat(PdfAValidation.pdfA2b(pdf)).isEmpty();
	}

	@Test
	void the_pdf_passes_the_pdf_ua_1_checks() {
		assertThat(PdfAValidation.pdfUa1(pdf)).isEmpty();
	}

	@Test
	void the_pdf_says_the_totals_of_the_decision() throws IOException {
		String text = text(pdf);
		assertThat(text).contains("3 198 400", "3 000 000", "198 400", "6 658 400", "Senast den 2 juni 2024",
				"fjorton ansökningar", "Socialförvaltningen, Enheten för hemlösa", "Attesterat av",
				"Veronica Wolgast Carstorp, Socialdirektör", "2023-11-30");
		assertThat(text).doesNotContain("Voided Person");
	}

	@Test
	void the_pdf_numbers_its_pages() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			int pages = doc.getNumberOfPages();
			assertThat(pages).isGreaterThan(1);
			assertThat(text(pdf)).contains("Sida 1 av " + pages, "Sida " + pages + " av " + pages);
		}
	}

	@Test
	void the_pdf_embeds_every_font_and_carries_title_and_language() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : doc.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy(f -> {
				assertThat(f.isEmbedded()).as(f.getName()).isTrue();
				assertThat(f.getName()).contains("DejaVuSans");
			});
			assertThat(doc.getDocumentInformation().getTitle()).startsWith("Fördelning av lokala utvecklingsmedel");
			assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("sv");
			assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
		}
	}

	@Test
	void the_xhtml_puts_the_title_after_the_header_as_the_paper_does() {
		String xhtml = renderer.xhtml(document);
		assertThat(xhtml.indexOf("Handläggare")).isLessThan(xhtml.indexOf("<h1"));
		assertThat(xhtml).contains("<th scope=\"col\"", "<caption", "Summa (kronor)");
	}

	/**
	 * Sixteen appendices bring the attestation block to the foot of page 4 with room for its heading and not its
	 * table (found by rendering 0 to 44 appendices without the keep-together rule: 15 to 18 stranded the heading).
	 */
	@Test
	void the_attestation_heading_stays_on_the_page_of_its_table_in_a_long_document() throws IOException {
		List<String> appendices = new ArrayList<>();
		for (int i = 1; i <= 16; i++) {
			appendices.add("Bilaga " + i + ".");
		}
		var fixtures = new DocumentFixtures();
		byte[] longPdf = renderer.pdf(DocumentFixtures.view(
				fixtures.composer().compose(2024, DocumentFixtures.texts(appendices), fixtures.lines), true));
		int heading = pageWith(longPdf, "Attesterat av");
		assertThat(pageWith(longPdf, "Detta dokument har godkänts digitalt")).isEqualTo(heading);
		assertThat(pageWith(longPdf, "Namn Datum")).isEqualTo(heading);
		assertThat(pageWith(longPdf, "Lina Blombergsson, Avdelningschef 2023-11-30")).isEqualTo(heading);
		assertThat(pageWith(longPdf, "Bilaga 16.")).as("the block would have straddled: it starts a new page")
			.isEqualTo(heading - 1);
	}

	/** The first page whose text contains the phrase, 1-based. */
	private static int pageWith(byte[] pdf, String phrase) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			var stripper = new PDFTextStripper();
			for (int page = 1; page <= doc.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				if (stripper.getText(doc).replace('\u00A0', ' ').replaceAll("\\s+", " ").contains(phrase)) {
					return page;
				}
			}
		}
		throw new AssertionError("No page says " + phrase);
	}

	@Test
	void a_superseded_version_says_so() throws IOException {
		DocumentView old = DocumentFixtures.view(document.content(), false);
		byte[] oldPdf = renderer.pdf(old);
		PdfAValidation.assertPdfA2b(oldPdf);
		assertThat(text(oldPdf)).contains("Ersatt", "har ersatts av en senare version");
		assertThat(text(pdf)).doesNotContain("har ersatts av en senare version");
	}
}
