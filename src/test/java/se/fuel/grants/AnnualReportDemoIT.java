package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.decisions.document.PdfAValidation;
import se.fuel.grants.AnnualReportContent.Group;
import se.fuel.grants.AnnualReportContent.Project;
import se.fuel.grants.AnnualReportContent.SummaryRow;
import se.fuel.testdata.TestData;

/**
 * The annual report of the demo's historical grants reads like its sources: 2002–2003 like document 001 section 2 and
 * table 1.3, 2017 like document 004's list of three research and ten local development projects.
 */
@DemoDataTest
class AnnualReportDemoIT {

	@Autowired
	AnnualReports annualReports;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	AnnualReportContent report(int from, int to) {
		return data.as("lasare", () -> annualReports.content(from, to));
	}

	@Test
	void years_2002_to_2003_give_the_areas_and_table_1_3_of_seeds_001() {
		AnnualReportContent c = report(2002, 2003);
		assertThat(c.projects()).isEqualTo(32);
		assertThat(c.granted()).isEqualTo(15_528_000);
		assertThat(c.groups()).extracting(Group::number, Group::area, Group::projectCount, Group::granted)
			.containsExactly(tuple("2.1", "Socialmedicin", 9, 3_774_000L),
					tuple("2.2", "SFI-studerande", 9, 4_835_000L),
					tuple("2.3", "Sysselsättning och arbetsmarknad", 14, 6_919_000L));
		Project first = c.groups().get(0).projects().get(0);
		assertThat(first.number()).isEqualTo("2.1.1");
		assertThat(first.organisation() + " – " + first.title()).isEqualTo("Skärholmen – Myndighetssamverkan");
		assertThat(first.amount()).isEqualTo(300_000);
		Project riff = c.groups().get(0).projects().get(1);
		assertThat(riff.years()).isEqualTo("2002 och 2003");
		assertThat(riff.amount()).isEqualTo(332_000);

		SummaryRow rinkeby = c.summary().rows().get(0);
		assertThat(rinkeby.organisation()).isEqualTo("Rinkeby");
		assertThat(List.of(rinkeby.projects(), rinkeby.planYes(), rinkeby.planNo())).containsExactly(6, 0, 6);
		assertThat(rinkeby.granted()).isEqualTo(3_836_000);
		assertThat(rinkeby.perArea()).containsExactly(0, 2, 4);
		SummaryRow total = c.summary().total();
		assertThat(total.perArea()).containsExactly(9, 9, 14);
		assertThat(List.of(total.projects(), total.planYes(), total.planNo())).containsExactly(32, 18, 14);

		Project sfiPlusContinued = c.groups().get(1).projects().stream()
			.filter(p -> p.title().equals("SFI plus (fortsättning)")).findFirst().orElseThrow();
		assertThat(sfiPlusContinued.reportIn()).isFalse();
		assertThat(sfiPlusContinued.coordinatorComment()).startsWith("Trots flera påminnelser har Rinkeby sdf");
	}

	@Test
	void year_2017_gives_the_three_research_and_ten_local_projects_of_seeds_004() {
		AnnualReportContent c = report(2017, 2017);
		assertThat(c.title()).isEqualTo("Redovisning av forsknings- och lokala utvecklingsprojekt år 2017");
		assertThat(c.groups()).extracting(Group::area, Group::projectCount)
			.containsExactly(tuple("Forskningsprojekt", 3),
					tuple("Lokala utvecklingsprojekt", 10));
		assertThat(c.groups().get(0).projects()).extracting(Project::title)
			.contains("Utvärdering av Signs-of-Safety");
	}

	@Test
	void the_pdf_of_2002_to_2003_is_pdf_a_2b_and_pdf_ua_1_over_many_pages() throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/annual-reports/2002.pdf").param("to", "2003")
			.with(httpBasic("lasare", "demo")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		// Left in target/ for a human to look at.
		java.nio.file.Files.write(java.nio.file.Path.of("target", "annual-report-2002-2003.pdf"), pdf);
		PdfAValidation.assertPdfA2b(pdf);
		PdfAValidation.assertPdfUa1(pdf);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			int pages = doc.getNumberOfPages();
			assertThat(pages).isGreaterThan(5);
			String text = text(doc);
			assertThat(text).contains("2.1.1 Skärholmen – Myndighetssamverkan", "Beviljade medel: 300 000 kronor",
					"År: 2002 och 2003", "Samordnarens kommentar: Trots flera påminnelser", "15 528 000",
					"Sida " + pages + " av " + pages);
		}
	}

	private static String text(PDDocument doc) throws IOException {
		return new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replaceAll("\\s+", " ");
	}
}
