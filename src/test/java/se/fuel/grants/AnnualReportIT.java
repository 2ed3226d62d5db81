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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.decisions.DecidedRoundFixture;
import se.fuel.decisions.RoundFixture;
import se.fuel.decisions.document.PdfAValidation;
import se.fuel.grants.AnnualReportContent.Group;
import se.fuel.grants.AnnualReportContent.Project;
import se.fuel.grants.AnnualReportContent.SummaryRow;
import se.fuel.grants.internal.Grant;
import se.fuel.grants.internal.GrantRepository;

/**
 * The annual report of a year of our own (2041): Farsta's approved report (Socialmedicin, Södermalm as partner),
 * Farsta's draft (LUM, no area), Södermalm's handed-in report saying no implementation (Socialmedicin) and a
 * historical Farsta grant of 2041–2042 without report (Sysselsättning).
 */
@DemoDataTest
class AnnualReportIT {

	static final int YEAR = 2041;

	static GrantView approved;

	static GrantView draft;

	static GrantView handedIn;

	static UUID historical;

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Grants grants;

	@Autowired
	GrantMoney money;

	@Autowired
	GrantReporting reporting;

	@Autowired
	AnnualReports annualReports;

	@Autowired
	GrantRepository grantRepository;

	@Autowired
	TransactionTemplate transaction;

	RoundFixture round;

	@BeforeEach
	void decidedAndReported() throws Exception {
		round = new RoundFixture(mvc, userDetails);
		if (approved != null) {
			return;
		}
		UUID call = round.lumCall(YEAR, 1_000_000, 3);
		UUID a = round.submitted("farsta", call, YEAR, "Myndighetssamverkan " + YEAR, 300_000);
		UUID b = round.submitted("farsta", call, YEAR, "Utkastprojekt " + YEAR, 200_000);
		UUID s = round.submitted("sodermalm", call, YEAR, "Södermalms ASI-metod " + YEAR, 100_000);
		List.of(a, b, s).forEach(id -> {
			try {
				round.grant(id);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		UUID documentId = new DecidedRoundFixture(context).decide(YEAR, "§ 4");
		List<GrantView> decided = round.as("handlaggare", () -> grants.ofYear(YEAR));
		GrantView ga = decided.stream().filter(g -> g.applicationId().equals(a)).findFirst().orElseThrow();
		GrantView gb = decided.stream().filter(g -> g.applicationId().equals(b)).findFirst().orElseThrow();
		GrantView gs = decided.stream().filter(g -> g.applicationId().equals(s)).findFirst().orElseThrow();
		decided.forEach(g -> round.run("handlaggare", () -> money.markInProgress(g.id())));
		transaction.executeWithoutResult(tx -> {
			grantRepository.findById(ga.id()).orElseThrow().describe(new Grant.ProjectFacts(
					"Sjukskrivna bidragstagare", "Att halvera antalet bidragstagare.", "Socialmedicin",
					Set.of(gs.organisationId())));
			grantRepository.findById(gs.id()).orElseThrow().describe(new Grant.ProjectFacts(
					"Klienter inom ekonomiskt bistånd", "Pröva ASI-metoden.", "Socialmedicin", Set.of()));
			Grant old = Grant.historical(new Grant.Historical(ga.organisationId(), "H " + YEAR + "/1",
					"Jobbsökarverkstad " + YEAR, "LUM", YEAR, 332_000, LocalDate.of(YEAR, 1, 1),
					LocalDate.of(YEAR + 1, 12, 31), null, LocalDate.of(YEAR - 1, 12, 10), "§ 2", GrantStatus.GRANTED,
					new Grant.ProjectFacts("Långvarigt bidragsberoende", "Fler i arbete.", "Sysselsättning",
							Set.of())),
					Instant.now());
			grantRepository.save(old);
			historical = old.id();
		});
		round.as("farsta", () -> reporting.save(ga.id(), report("Konsultläkaren var framgångsfaktorn.", true,
				"Används i ordinarie verksamhet sedan hösten " + YEAR + ".", "Fortsatt socialmedicinskt nätverk."), null));
		round.as("farsta", () -> reporting.submit(ga.id()));
		round.as("handlaggare", () -> reporting.approve(ga.id(), "Samordnaren föreslår att metoden sprids.", null));
		round.as("farsta", () -> reporting.save(gb.id(), report("Hemligt utkast som inte ska synas.", true,
				"Utkastplan", "Utkastförslag"), null));
		round.as("sodermalm", () -> reporting.save(gs.id(), report("ASI gav en bättre helhetsbild.", false,
				null, "Sprid metoden till fler stadsdelar."), null));
		round.as("sodermalm", () -> reporting.submit(gs.id()));
		approved = ga;
		draft = gb;
		handedIn = gs;
	}

	static ReportInput report(String experiences, boolean plan, String how, String proposals) {
		return new ReportInput("Kartläggning och samverkan", 10L, 8L, 0L,
				List.of(new ReportLine("Lön", 100_000L, 100_000L)), List.of(), experiences, plan, how, proposals);
	}

	AnnualReportContent annual() {
		return round.as("lasare", () -> annualReports.content(YEAR, YEAR));
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
		assertThat(c.title()).isEqualTo("Redovisning av forsknings- och lokala utvecklingsprojekt år 2041");
		assertThat(c.projects()).isEqualTo(4);
		assertThat(c.granted()).isEqualTo(932_000);
		assertThat(c.reported()).isEqualTo(2);

		Project a = project(c, approved.id());
		assertThat(a.organisation()).isEqualTo(approved.organisationName());
		assertThat(a.partners()).containsExactly(handedIn.organisationName());
		assertThat(a.title()).isEqualTo(approved.title());
		assertThat(a.reference()).isEqualTo(approved.registrationNumber());
		assertThat(a.amount()).isEqualTo(300_000);
		assertThat(a.years()).isEqualTo("2041");
		assertThat(a.targetGroup()).isEqualTo("Sjukskrivna bidragstagare");
		assertThat(a.purpose()).isEqualTo("Att halvera antalet bidragstagare.");
		assertThat(a.reportIn()).isTrue();
		assertThat(a.reportStatus()).isEqualTo(ReportStatus.APPROVED);
		assertThat(a.experiences()).isEqualTo("Konsultläkaren var framgångsfaktorn.");
		assertThat(a.implementationPlan()).isTrue();
		assertThat(a.implementationPlanHow()).isEqualTo("Används i ordinarie verksamhet sedan hösten 2041.");
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
		assertThat(h.years()).isEqualTo("2041 och 2042");
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
		for (String user : List.of("lasare", "socialdirektor", "handlaggare")) {
			mvc.perform(get("/grants/annual-report").param("year", "2041").with(users.as(user)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Redovisning av forsknings- och lokala utvecklingsprojekt år 2041")))
				.andExpect(content().string(containsString("Samordnaren föreslår att metoden sprids.")))
				.andExpect(content().string(containsString("Ingen redovisning har lämnats in.")))
				.andExpect(content().string(containsString("Antal slutredovisade projekt: 2 st.")))
				.andExpect(content().string(containsString("2041 och 2042")))
				.andExpect(content().string(not(containsString("Hemligt utkast"))));
		}
		mvc.perform(get("/grants").with(users.as("handlaggare")))
			.andExpect(content().string(containsString("id=\"annual-report-link\"")));
	}

	@Test
	void applicants_and_council_members_are_refused() throws Exception {
		for (String user : List.of("farsta", "sodermalm", "radsledamot")) {
			mvc.perform(get("/grants/annual-report").param("year", "2041").with(users.as(user)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/grants/annual-report.pdf").param("year", "2041").with(users.as(user)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/annual-reports/2041").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/annual-reports/2041.pdf").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/annual-reports/2041.html").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/grants").with(users.as("farsta")))
			.andExpect(content().string(not(containsString("annual-report-link"))));
	}

	@Test
	void the_api_answers_json_and_a_span_of_years_and_refuses_a_backwards_span() throws Exception {
		mvc.perform(get("/api/v1/annual-reports/2041").with(httpBasic("lasare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Redovisning av forsknings- och lokala utvecklingsprojekt år 2041"))
			.andExpect(jsonPath("$.projects").value(4))
			.andExpect(jsonPath("$.granted").value(932_000))
			.andExpect(jsonPath("$.summary.total.planYes").value(1));
		mvc.perform(get("/api/v1/annual-reports/2040").param("to", "2041").with(httpBasic("lasare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Redovisning av forsknings- och lokala utvecklingsprojekt år 2040\u20132041"))
			.andExpect(jsonPath("$.projects").value(4));
		mvc.perform(get("/api/v1/annual-reports/2041").param("to", "2040").with(httpBasic("lasare", "demo")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("to"));
		mvc.perform(get("/api/v1/annual-reports/2041.html").with(httpBasic("lasare", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<h1>Redovisning av forsknings- och lokala utvecklingsprojekt år 2041</h1>")));
		mvc.perform(get("/grants/annual-report").param("from", "2042").param("to", "tjugo").with(users.as("lasare")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#to\"")))
			.andExpect(content().string(containsString("Till år måste vara ett årtal med fyra siffror")))
			.andExpect(content().string(containsString("value=\"tjugo\"")));
	}

	@Test
	void the_pdf_is_pdf_a_2b_and_says_what_the_page_says() throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/annual-reports/2041.pdf").with(httpBasic("socialdirektor", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString("redovisning-fou-projekt-2041.pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		PdfAValidation.assertPdfA2b(pdf);
		String text = text(pdf);
		assertThat(text).contains("Redovisning av forsknings- och lokala utvecklingsprojekt år 2041",
				"Beviljade medel: 300 000 kronor", "Målgrupp: Sjukskrivna bidragstagare",
				"Samordnarens kommentar: Samordnaren föreslår att metoden sprids.", "Ingen redovisning har lämnats in.",
				"Totalt antal projekt: 2 st.", "932 000", "Sida 1 av");
		assertThat(text).doesNotContain("Hemligt utkast");
		byte[] page = mvc.perform(get("/grants/annual-report.pdf").param("year", "2041").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(page)).contains("År: 2041 och 2042");
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replaceAll("\\s+", " ");
		}
	}
}
