package se.fuel.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.fuel.decisions.document.PdfAValidation;

/** Any module's XHTML becomes a PDF/A-2b with DejaVu Sans embedded, its title, language and page numbers. */
class PdfATest {

	static final String XHTML = """
			<!DOCTYPE html>
			<html xmlns="http://www.w3.org/1999/xhtml" lang="sv" xml:lang="sv">
			<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/><title>Åtta år av ärenden</title>
			<style>@page { size: A4; @bottom-center { content: "Sida " counter(page) " av " counter(pages);
			  font-family: 'DejaVu Sans'; } } * { font-family: 'DejaVu Sans'; }</style></head>
			<body><h1>Åtta år av ärenden</h1><p>Beviljade medel: 300 000 kronor – ”citat”.</p></body></html>
			""";

	@Test
	void renders_xhtml_as_pdf_a_2b_with_embedded_fonts_title_and_language() throws IOException {
		byte[] pdf = PdfA.fromXhtml(XHTML, "test document");
		PdfAValidation.assertPdfA2b(pdf);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Åtta år av ärenden");
			assertThat(doc.getDocumentInformation().getProducer()).isEqualTo("Fuel");
			assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("sv");
			assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			var resources = doc.getPage(0).getResources();
			for (var name : resources.getFontNames()) {
				assertThat(resources.getFont(name).isEmbedded()).isTrue();
				assertThat(resources.getFont(name).getName()).contains("DejaVuSans");
			}
			assertThat(new PDFTextStripper().getText(doc)).contains("Beviljade medel", "”citat”", "Sida 1 av 1");
		}
	}

	@Test
	void names_the_document_when_the_xhtml_is_broken() {
		assertThatThrownBy(() -> PdfA.fromXhtml("<html><body><p>open", "the broken document"))
			.hasMessageContaining("the broken document");
	}
}
