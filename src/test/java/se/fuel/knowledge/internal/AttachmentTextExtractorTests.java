package se.fuel.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import se.fuel.documents.UploadedDocument;
import se.fuel.documents.PdfA;
import se.fuel.knowledge.rules.PersonalIdentityNumbers;
import se.fuel.knowledge.internal.AttachmentTextExtractor.ExtractedText;

class AttachmentTextExtractorTests {

    private final AttachmentTextExtractor extractor = new AttachmentTextExtractor();

    /** A two-page PDF whose second page names a participant by personnummer. */
    static byte[] reportPdf(String secondPage) {
        String xhtml = """
                <html><head><title>Slutrapport</title>
                <style>body { font-family: "DejaVu Sans"; }</style></head><body>
                <h1>Slutrapport</h1><p>Projektet nådde 40 deltagare i Farsta.</p>
                <p style="page-break-before: always">%s</p>
                </body></html>""".formatted(secondPage);
        return PdfA.fromXhtml(xhtml, "Slutrapport");
    }

    @Test
    void reads_the_text_of_a_pdf_page_by_page() {
        ExtractedText text = extractor.extract(reportPdf("Deltagare 19811218-9876 intervjuades.")).orElseThrow();

        assertThat(text.paged()).isTrue();
        assertThat(text.pages()).hasSize(2);
        assertThat(text.pages().get(0)).contains("40 deltagare");
        assertThat(PersonalIdentityNumbers.find(text.pages().get(0))).isEmpty();
        assertThat(PersonalIdentityNumbers.find(text.pages().get(1))).hasSize(1);
    }

    @Test
    void reads_the_text_of_a_word_document() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Kontaktperson 811218-9876 på enheten.");
            doc.write(out);
        }
        byte[] bytes = out.toByteArray();
        assertThat(UploadedDocument.check("rapport.docx", bytes.length, new ByteArrayInputStream(bytes)).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        ExtractedText text = extractor.extract(bytes).orElseThrow();

        assertThat(text.paged()).isFalse();
        assertThat(PersonalIdentityNumbers.find(text.text())).hasSize(1);
    }

    @Test
    void reads_the_cells_of_an_excel_workbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var row = book.createSheet("Deltagare").createRow(0);
            row.createCell(0).setCellValue("Namn");
            row.createCell(1).setCellValue("701063-2391");
            book.write(out);
        }
        byte[] bytes = out.toByteArray();
        assertThat(UploadedDocument.check("deltagare.xlsx", bytes.length, new ByteArrayInputStream(bytes))
                .contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ExtractedText text = extractor.extract(bytes).orElseThrow();

        assertThat(PersonalIdentityNumbers.find(text.text())).hasSize(1);
    }

    @Test
    void answers_empty_for_a_damaged_pdf() {
        byte[] damaged = "%PDF-1.7\nnot really a pdf".getBytes(StandardCharsets.US_ASCII);

        assertThat(extractor.extract(damaged)).isEmpty();
    }
}
