package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.decisions.document.PdfAValidation;
import se.fuel.grants.AnnualReportContent.Group;
import se.fuel.grants.AnnualReportContent.Project;
import se.fuel.grants.AnnualReportContent.SummaryRow;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The annual report of a year of our own: the first district's approved report (Socialmedicin, the second district as
 * partner), its draft (LUM, no area), the second district's handed-in report saying no implementation
 * (Socialmedicin) and a historical grant of the first district over two years without report (Sysselsättning). The
 * year before is empty, for the span of two years.
 */
@FuelIntegrationTest
class AnnualReportIT {

	static int year;

	static GrantView approved;

	static GrantView draft;

	static GrantView handedIn;

	static UUID historical;

	static String first;

	static String second;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	GrantReporting reporting;

	@Autowired
	AnnualReports annualReports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	String officer;

	String reader;

	@BeforeEach
	void decidedAndReported() throws Exception {
		var fixtures = new GrantFixtures(context);
		officer = fixtures.officer();
		reader = data.reader();
		if (approved != null) {
			return;
		}
		year = yearAfterAnEmptyOne();
		var farsta = fixtures.applicant();
		var sodermalm = fixtures.applicant();
		var round = fixtures.decided(year, "§ 4",
				new GrantFixtures.Proposal(farsta, "Myndighetssamverkan " + year, 300_000,
						List.of(sodermalm.organisationId())),
				new GrantFixtures.Proposal(farsta, "Utkastprojekt " + year, 200_000),
				new GrantFixtures.Proposal(sodermalm, "Södermalms ASI-metod " + year, 100_000));
		GrantView ga = round.grant(0);
		GrantView gb = round.grant(1);
		GrantView gs = round.grant(2);
		fixtures.underWay(round.grants());
		// Only grants entered from the documents before Fuel name their area; no person sets one in Fuel.
		jdbc.sql("update fund_grant set area = 'Socialmedicin' where id in (?, ?)").params(ga.id(), gs.id()).update();
		historical = historical(ga.organisationId());
		first = farsta.username();
		second = sodermalm.username();
		data.as(first, () -> reporting.save(ga.id(), report("Konsultläkaren var framgångsfaktorn.", true,
				"Används i ordinarie verksamhet sedan hösten " + year + ".", "Fortsatt socialmedicinskt nätverk."), null));
		data.as(first, () -> reporting.submit(ga.id()));
		data.as(officer, () -> reporting.approve(ga.id(), "Samordnaren föreslår att metoden sprids.",
				"Testets projektår har inte börjat.", null));
		data.as(first, () -> reporting.save(gb.id(), report("Hemligt utkast som inte ska synas.", true,
				"Utkastplan", "Utkastförslag"), null));
		data.as(second, () -> reporting.save(gs.id(), report("ASI gav en bättre helhetsbild.", false,
				null, "Sprid metoden till fler stadsdelar."), null));
		data.as(second, () -> reporting.submit(gs.id()));
		approved = ga;
		draft = gb;
		handedIn = gs;
	}

	/** A year of the test's own whose year before is no test's either. */
	int yearAfterAnEmptyOne() {
		int before = cycle.year();
		int next = cycle.year();
		while (next != before + 1) {
			before = next;
			next = cycle.year();
		}
		return next;
	}

	/**
	 * A grant decided before Fuel, over two years and without a report, written as the demo's seeds write theirs: no
	 * person enters such a grant in Fuel.
	 */
	UUID historical(UUID organisationId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into fund_grant (id, origin, organisation_id, registration_number, title, programme_code, year,
				                        amount, period_start, period_end, decided_on, paragraph, status, created_at,
				                        target_group, purpose, area)
				values (?, 'HISTORICAL', ?, ?, ?, 'LUM', ?, 332000, ?, ?, ?, '§ 2', 'GRANTED', ?, ?, ?, ?)""")
			.params(id, organisationId, "H " + year + "/1", "Jobbsökarverkstad " + year, year,
					LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31), LocalDate.of(year - 1, 12, 10),
					Timestamp.from(clock.instant()), "Långvarigt bidragsberoende", "Fler i arbete.", "Sysselsättning")
			.update();
		return id;
	}

	static ReportInput report(String experiences, boolean plan, String how, String proposals) {
		return new ReportInput("Kartläggning och samverkan", 10L, 8L, 0L,
				List.of(new ReportLine("Lön", 100_000L, 100_000L)), List.of(), experiences, plan, how, proposals);
	}

	AnnualReportContent annual() {
		return data.as(reader, () -> annualReports.content(year, year));
	}

	static Group group(AnnualReportContent c, String area) {
		return c.groups().stream().filter(g -> g.area().equals(area)).findFirst().orElseThrow();
	}

	static Project project(AnnualReportContent c, UUID grantId) {
		return c.groups().stream().flatMap(g -> g.projects().stream())
			.filter(p -> p.grantId().equals(grantId)).findFirst().orElseThrow();
	}

	@Test
	void the_report_tells_every_project_of_the_year_with_what_its_report_says() {
		AnnualReportContent c = annual();
		assertThat(c.title()).isEqualTo("Redovisning av forsknings- och lokala utvecklingsprojekt år " + year);
		assertThat(c.projects()).isEqualTo(4);
		assertThat(c.granted()).isEqualTo(932_000);
		assertThat(c.reported()).isEqualTo(2);

		Project a = project(c, approved.id());
		assertThat(a.organisation()).isEqualTo(approved.organisationName());
		assertThat(a.partners()).containsExactly(handedIn.organisationName());
		assertThat(a.title()).isEqualTo(approved.title());
		assertThat(a.reference()).isEqualTo(approved.registrationNumber());
		assertThat(a.amount()).isEqualTo(300_000);
		assertThat(a.years()).isEqualTo("" + year);
		assertThat(a.targetGroup()).isEqualTo("Unga vuxna");
		assertThat(a.purpose()).isEqualTo("Fler i egen försörjning");
		assertThat(a.reportIn()).isTrue();
		assertThat(a.reportStatus()).isEqualTo(ReportStatus.APPROVED);
		assertThat(a.experiences()).isEqualTo("Konsultläkaren var framgångsfaktorn.");
		assertThat(a.implementationPlan()).isTrue();
		assertThat(a.implementationPlanHow()).isEqualTo("Används i ordinarie verksamhet sedan hösten " + year + ".");
		assertThat(a.proposals()).isEqualTo("Fortsatt socialmedicinskt nätverk.");
		assertThat(a.coordinatorComment()).isEqualTo("Samordnaren föreslår att metoden sprids.");

		Project b = project(c, draft.id());
		assertThat(b.area()).isEqualTo("Lokala utvecklingsprojekt");
		assertThat(b.reportIn()).isFalse();
		assertThat(b.reportStatus()).isEqualTo(ReportStatus.DRAFT);
		assertThat(b.experiences()).isNull();
		assertThat(b.implementationPlan()).isNull();

		Project s = project(c, handedIn.id());
		assertThat(s.reportIn()).isTrue();
		assertThat(s.implementationPlan()).isFalse();
		assertThat(s.coordinatorComment()).isNull();

		Project h = project(c, historical);
		assertThat(h.years()).isEqualTo(year + " och " + (year + 1));
		assertThat(h.reportIn()).isFalse();
		assertThat(h.reportStatus()).isNull();
	}

	@Test
	void the_groups_count_projects_sums_and_final_reports_and_number_the_projects() {
		AnnualReportContent c = annual();
		assertThat(c.groups()).extracting(Group::area)
			.containsExactlyInAnyOrder("Socialmedicin", "Lokala utvecklingsprojekt", "Sysselsättning");
		Group social = group(c, "Socialmedicin");
		assertThat(social.projectCount()).isEqualTo(2);
		assertThat(social.granted()).isEqualTo(400_000);
		assertThat(social.reported()).isEqualTo(2);
		assertThat(social.projects()).extracting(Project::number)
			.containsExactly(social.number() + ".1", social.number() + ".2");
		Group lum = group(c, "Lokala utvecklingsprojekt");
		assertThat(List.of(lum.projectCount(), lum.reported())).containsExactly(1, 0);
		assertThat(lum.granted()).isEqualTo(200_000);
		assertThat(group(c, "Sysselsättning").granted()).isEqualTo(332_000);
		assertThat(c.groups()).extracting(Group::number).containsExactly("2.1", "2.2", "2.3");
	}

	@Test
	void the_summary_table_counts_per_organisation_and_area_with_implementation_plans() {
		AnnualReportContent c = annual();
		List<String> areas = c.summary().areas();
		assertThat(c.summary().rows()).extracting(SummaryRow::organisation)
			.containsExactly(approved.organisationName(), handedIn.organisationName());
		SummaryRow farsta = c.summary().rows().get(0);
		assertThat(farsta.projects()).isEqualTo(3);
		assertThat(farsta.granted()).isEqualTo(832_000);
		assertThat(farsta.perArea().get(areas.indexOf("Socialmedicin"))).isEqualTo(1);
		assertThat(farsta.perArea().get(areas.indexOf("Lokala utvecklingsprojekt"))).isEqualTo(1);
		assertThat(farsta.perArea().get(areas.indexOf("Sysselsättning"))).isEqualTo(1);
		assertThat(List.of(farsta.planYes(), farsta.planNo())).containsExactly(1, 2);
		SummaryRow sodermalm = c.summary().rows().get(1);
		assertThat(sodermalm.granted()).isEqualTo(100_000);
		assertThat(List.of(sodermalm.planYes(), sodermalm.planNo())).containsExactly(0, 1);
		SummaryRow total = c.summary().total();
		assertThat(List.of(total.projects(), total.planYes(), total.planNo())).containsExactly(4, 1, 3);
		assertThat(total.granted()).isEqualTo(932_000);
		assertThat(total.perArea().get(areas.indexOf("Socialmedicin"))).isEqualTo(2);
	}

	@Test
	void readers_attestants_and_officers_read_the_page_which_says_when_no_report_came_in() throws Exception {
		for (String user : List.of(reader, data.attestant(), officer)) {
			mvc.perform(get("/grants/annual-report").param("year", "" + year).with(users.as(user)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Redovisning av forsknings- och lokala utvecklingsprojekt år " + year)))
				.andExpect(content().string(containsString("Samordnaren föreslår att metoden sprids.")))
				.andExpect(content().string(containsString("Ingen redovisning har lämnats in.")))
				.andExpect(content().string(containsString("Antal slutredovisade projekt: 2 st.")))
				.andExpect(content().string(containsString(year + " och " + (year + 1))))
				.andExpect(content().string(not(containsString("Hemligt utkast"))));
		}
		mvc.perform(get("/grants").with(users.as(officer)))
			.andExpect(content().string(containsString("id=\"annual-report-link\"")));
	}

	@Test
	void applicants_and_council_members_are_refused() throws Exception {
		for (String user : List.of(first, second, data.council(approved.organisationId()))) {
			mvc.perform(get("/grants/annual-report").param("year", "" + year).with(users.as(user)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/grants/annual-report.pdf").param("year", "" + year).with(users.as(user)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/annual-reports/" + year).with(httpBasic(user, TestData.PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/annual-reports/" + year + ".pdf").with(httpBasic(user, TestData.PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/annual-reports/" + year + ".html").with(httpBasic(user, TestData.PASSWORD)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/grants").with(users.as(first)))
			.andExpect(content().string(not(containsString("annual-report-link"))));
	}

	@Test
	void the_api_answers_json_and_a_span_of_years_and_refuses_a_backwards_span() throws Exception {
		mvc.perform(get("/api/v1/annual-reports/" + year).with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Redovisning av forsknings- och lokala utvecklingsprojekt år " + year))
			.andExpect(jsonPath("$.projects").value(4))
			.andExpect(jsonPath("$.granted").value(932_000))
			.andExpect(jsonPath("$.summary.total.planYes").value(1));
		mvc.perform(get("/api/v1/annual-reports/" + (year - 1)).param("to", "" + year).with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Redovisning av forsknings- och lokala utvecklingsprojekt år " + (year - 1) + "\u2013" + year))
			.andExpect(jsonPath("$.projects").value(4));
		mvc.perform(get("/api/v1/annual-reports/" + year).param("to", "" + (year - 1)).with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("to"));
		mvc.perform(get("/api/v1/annual-reports/" + year + ".html").with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<h1>Redovisning av forsknings- och lokala utvecklingsprojekt år " + year + "</h1>")));
		mvc.perform(get("/grants/annual-report").param("from", "" + year).param("to", "tjugo").with(users.as(reader)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#to\"")))
			.andExpect(content().string(containsString("Till år måste vara ett årtal med fyra siffror")))
			.andExpect(content().string(containsString("value=\"tjugo\"")));
	}

	@Test
	void the_pdf_is_pdf_a_2b_and_says_what_the_page_says() throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/annual-reports/" + year + ".pdf").with(httpBasic(data.attestant(), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString("redovisning-fou-projekt-" + year + ".pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		PdfAValidation.assertPdfA2b(pdf);
		String text = text(pdf);
		assertThat(text).contains("Redovisning av forsknings- och lokala utvecklingsprojekt år " + year,
				"Beviljade medel: 300 000 kronor", "Målgrupp: Unga vuxna",
				"Samordnarens kommentar: Samordnaren föreslår att metoden sprids.", "Ingen redovisning har lämnats in.",
				"Totalt antal projekt: 2 st.", "932 000", "Sida 1 av");
		assertThat(text).doesNotContain("Hemligt utkast");
		byte[] page = mvc.perform(get("/grants/annual-report.pdf").param("year", "" + year).with(users.as(reader)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(page)).contains("År: " + year + " och " + (year + 1));
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replaceAll("\\s+", " ");
		}
	}
}
