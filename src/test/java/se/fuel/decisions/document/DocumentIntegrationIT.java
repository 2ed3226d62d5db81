package se.fuel.decisions.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import se.fuel.DemoDataTest;
import se.fuel.decisions.Allocations;
import se.fuel.decisions.DecisionDocumentContent;
import se.fuel.decisions.DecisionDocumentContent.AllocationTable;
import se.fuel.decisions.DecisionDocumentContent.Listed;
import se.fuel.decisions.DecisionDocumentContent.Row;
import se.fuel.decisions.DocumentView;
import se.fuel.decisions.RoundStatus;

/**
 * The 2024 decision document composed from the demo data (document 002) with the application's own calls,
 * organisations, officer and allocation, and rendered by the application's template engine.
 */
@DemoDataTest
class DocumentIntegrationIT {

	@Autowired
	Allocations allocations;

	@Autowired
	DocumentComposer composer;

	@Autowired
	DocumentRenderer renderer;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Autowired
	se.fuel.decisions.DecisionDocuments documents;

	private DecisionDocumentContent compose2024() {
		return composer.compose(2024, allocations.texts(2024), allocations.allocation(2024).lines());
	}

	private static String plain(String s) {
		return s.replace('\u00A0', ' ').replaceAll("\\s+", " ");
	}

	@Test
	@WithUserDetails("handlaggare")
	void the_2024_document_counts_what_was_applied_for() {
		var content = compose2024();
		assertThat(content.requestedPerProgramme()).extracting(a -> a.amount()).containsExactly(6_460_000L, 198_400L);
		assertThat(content.totalRequested()).isEqualTo(6_658_400);
		assertThat(plain(content.cases().get(0).text())).isEqualTo(
				"Av de ansökningar som kommit in avsåg fjorton ansökningar lokala utvecklingsmedel vilka kom från tio stadsdelsförvaltningar. Ansökta medel omfattade totalt 6 460 000 kronor.");
		assertThat(plain(content.cases().get(1).text())).startsWith(
				"Åtta ansökningar avsåg medel för utveckling och lärande genom studiebesök/resor och kom från fyra stadsdelsförvaltningar samt socialförvaltningen.");
		assertThat(content.officerName()).isEqualTo("Rebecca Hedenstedt");
		assertThat(content.officerPhone()).isNotBlank();
		assertThat(plain(content.repayment())).contains("Senast den 2 juni 2024");
	}

	@Test
	@WithUserDetails("handlaggare")
	void the_2024_document_lists_the_six_rejections_and_three_partial_grants() {
		var content = compose2024();
		assertThat(content.rejectionsIntro()).isEqualTo("Förslaget innebär att sex stycken ansökningar av LUM avslås.");
		assertThat(content.rejections()).extracting(Listed::title)
			.containsExactlyInAnyOrder("BFS (Boende med förstärkt stöd)",
					"Nya arbetsätt och metoder för att förebygga felaktiga utbetalningar av ekonomiskt bistånd som beror på interna felaktigheter",
					"Förstärkt handledning och samordning av Stockholmsjobb på stadsdelsförvaltningen",
					"Föräldraskapsstöd för alla – lättillgängligt föräldraskapsstöd",
					"Förstärkt stöd till familjehem och vårdnadshavare", "ARN- Aktivera Rätt Nätverk");
		assertThat(content.rejections()).allSatisfy(l -> assertThat(l.sentence())
			.startsWith("Projektet \u201D" + l.title() + "\u201D bedöms"));
		assertThat(content.partialGrantsIntro())
			.isEqualTo("Förslaget innebär att tre stycken ansökningar av LUM delvis beviljas ansökta medel.");
		assertThat(content.partialGrants()).extracting(Listed::title)
			.containsExactlyInAnyOrder("Tidigt stöd till minderåriga EU-medborgare",
					"Hur kan brukare och personal förstå varandra bättre?",
					"Framtidens socialtjänst – i samskapande med brukarna");
	}

	@Test
	@WithUserDetails("handlaggare")
	void the_2024_document_has_the_allocation_tables_of_seeds_002() {
		var content = compose2024();
		AllocationTable lum = content.tables().get(0);
		assertThat(lum.rows()).extracting(Row::organisationName, Row::amount)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Norrmalm", 200_000L),
					org.assertj.core.groups.Tuple.tuple("Södermalm", 300_000L),
					org.assertj.core.groups.Tuple.tuple("Järva", 500_000L),
					org.assertj.core.groups.Tuple.tuple("Farsta", 500_000L),
					org.assertj.core.groups.Tuple.tuple("Kungsholmen", 250_000L),
					org.assertj.core.groups.Tuple.tuple("Hägersten-Älvsjö", 500_000L),
					org.assertj.core.groups.Tuple.tuple("Hässelby-Vällingby", 250_000L),
					org.assertj.core.groups.Tuple.tuple("Skarpnäck", 500_000L));
		assertThat(lum.sum()).isEqualTo(3_000_000);
		AllocationTable mul = content.tables().get(1);
		assertThat(mul.itemHeading()).isEqualTo("Studiebesök");
		assertThat(mul.rows()).hasSize(8)
			.extracting(Row::organisationName)
			.containsOnly("Farsta", "Enskede-Årsta-Vantör", "Hässelby-Vällingby", "Kungsholmen",
					"Socialförvaltningen, Enheten för hemlösa");
		assertThat(mul.sum()).isEqualTo(198_400);
		assertThat(content.grandTotal()).isEqualTo(3_198_400);
		assertThat(plain(content.grandTotalSentence())).isEqualTo(
				"Sammanlagt innebär förslaget om fördelning av medel för LUM och MUL tilldelning av 3 198 400 kronor.");
	}

	@Test
	@WithUserDetails("handlaggare")
	void the_2024_pdf_is_valid_pdf_a_with_the_totals() throws IOException {
		var view = new DocumentView(UUID.randomUUID(), 2024, 1, true, RoundStatus.FINALISED, Instant.now(),
				"handlaggare", compose2024(), List.of(), null);
		byte[] pdf = renderer.pdf(view);
		java.nio.file.Files.write(java.nio.file.Path.of("target", "decision-document-2024-demo.pdf"), pdf);
		PdfAValidation.assertPdfA2b(pdf);
		PdfAValidation.assertPdfUa1(pdf);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = plain(new PDFTextStripper().getText(doc));
			assertThat(text).contains("3 198 400", "3 000 000", "198 400", "6 658 400", "Senast den 2 juni 2024",
					"Dokumentet är ännu inte attesterat.");
		}
	}

	@Test
	@WithUserDetails("handlaggare")
	void the_content_survives_the_json_snapshot_of_a_version() {
		var content = compose2024();
		var read = json.readValue(json.writeValueAsString(content), DecisionDocumentContent.class);
		assertThat(read).isEqualTo(content);
		assertThat(read.grandTotalSentence()).isNotBlank();
	}

	@Test
	@WithUserDetails("handlaggare")
	void the_demo_decision_of_2024_renders_as_pdf_a_with_its_attestations() throws IOException {
		DocumentView current = documents.current(2024).orElseThrow();
		byte[] pdf = renderer.pdf(current);
		PdfAValidation.assertPdfA2b(pdf);
		PdfAValidation.assertPdfUa1(pdf);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = plain(new PDFTextStripper().getText(doc));
			assertThat(text).contains("3 198 400", "Attesterat av",
					"Detta dokument har godkänts digitalt av följande personer:",
					"Veronica Wolgast Carstorp, Socialdirektör 2023-11-30", "Lina Blombergsson, Avdelningschef 2023-11-30");
		}
	}
}
