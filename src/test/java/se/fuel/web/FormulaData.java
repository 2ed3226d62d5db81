package se.fuel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.events.CompetenceEvents;
import se.fuel.events.EventInput;
import se.fuel.events.EventKind;
import se.fuel.events.OrganisationParticipants;
import se.fuel.grants.GrantReporting;
import se.fuel.grants.GrantView;
import se.fuel.grants.OutcomeCount;
import se.fuel.grants.ReportInput;
import se.fuel.grants.ReportLine;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The data of {@link CsvExportsNeutraliseFormulasIT}, made as people make it, with a formula wherever a person may type
 * one: a district named {@code =HYPERLINK(...)} that is granted, paid and reports, under a call whose registration
 * numbers begin {@code -2+3}; an outcome category {@code +SUM(A1)} its report counts; an event titled {@code @cmd} the
 * district took part in; and the economic-assistance figures of the year for it and three other districts of its own,
 * enough for a comparison of districts. Nothing of anybody else's is changed, so nothing needs putting back.
 */
final class FormulaData {

	static final String ORGANISATION = "=HYPERLINK(\"http://x\")";

	static final String CATEGORY = "+SUM(A1)";

	static final String EVENT = "@cmd";

	static final String REGISTRATION = "-2+3";

	/** What the exports are asked about, and who asks. */
	record Made(int year, UUID decision, UUID event, String organisation, String officer, String reader) {
	}

	private final TestData data;

	private final FundCycle cycle;

	private final MockMvc mvc;

	private final GrantReporting reporting;

	private final CompetenceEvents events;

	private final Organisations organisations;

	private final Clock clock;

	FormulaData(ApplicationContext context) {
		this.data = context.getBean(TestData.class);
		this.cycle = context.getBean(FundCycle.class);
		this.mvc = context.getBean(MockMvc.class);
		this.reporting = context.getBean(GrantReporting.class);
		this.events = context.getBean(CompetenceEvents.class);
		this.organisations = context.getBean(Organisations.class);
		this.clock = context.getBean(Clock.class);
	}

	Made made() throws Exception {
		int year = cycle.year();
		String officer = cycle.officer();
		UUID district = data.organisation(OrganisationKind.DISTRICT, ORGANISATION);
		String applicant = data.applicant(district);
		UUID call = call(officer, year);
		UUID application = cycle.submitted(applicant, call, year, "Formler i exporter", 100_000);
		cycle.recommendGrant(application);
		UUID decision = cycle.decide(year, "§ 1");
		GrantView grant = cycle.grantOf(year, application);
		assertThat(grant.registrationNumber()).startsWith(REGISTRATION + " ");
		cycle.paidAndUnderWay(grant);
		String category = data.as(officer, () -> reporting.addCategory(CATEGORY + " " + year))
			.stream()
			.filter(c -> c.label().equals(CATEGORY + " " + year))
			.findFirst()
			.orElseThrow()
			.code();
		data.run(applicant, () -> {
			reporting.save(grant.id(), report(category), null);
			reporting.submit(grant.id());
		});
		UUID event = data.as(officer, () -> events.register(new EventInput(LocalDate.now(clock), EVENT,
				EventKind.SEMINAR, "FoU", "Socialsekreterare", "Om formler",
				List.of(new OrganisationParticipants(district, null, 12)), 3, 0)).id());
		data.run(officer, () -> events.enterRatings(event, Map.of(7, 1, 8, 3, 10, 2)));
		String code = organisations.find(district).map(OrganisationSummary::code).orElseThrow();
		assistance(officer, year, List.of(code, code(data.district()), code(data.district()), code(data.district())));
		return new Made(year, decision, event, code, officer, data.reader());
	}

	/**
	 * A published call of the year whose registration numbers begin with a formula: the officer chooses the prefix on
	 * the call's form, so it may be anything short enough.
	 */
	private UUID call(String officer, int year) throws Exception {
		Instant now = clock.instant();
		String json = """
				{"programme":"LUM","year":%d,"title":"Formler %d","budget":2000000,
				 "opensAt":"%s","closesAt":"%s","maxAmountPerApplication":400000,
				 "maxGrantsPerOrganisation":3,"capGroup":"Formler %d","longestPeriodMonths":12,
				 "mainCriteria":["Projektet prövar nya arbetssätt."],
				 "priorityAreas":[],"requiredSections":[],"wordLimits":{},
				 "reportDueDate":"%d-02-28","repaymentNoticeDate":"%d-06-02","published":true,
				 "registrationPrefix":"%s"}
				""".formatted(year, year, now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS), year, year + 1,
				year, REGISTRATION);
		String body = mvc.perform(post("/api/v1/calls").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	private static ReportInput report(String category) {
		return new ReportInput("Vägledning", 2L, 3L, 0L, List.of(new ReportLine("Lön", 100_000L, 100_000L)),
				List.of(new OutcomeCount(category, 1L, 1L, 0L)), "Lärorikt", false, null, "Fortsätt");
	}

	private String code(UUID organisation) {
		return organisations.find(organisation).map(OrganisationSummary::code).orElseThrow();
	}

	/**
	 * The year's figures of the districts, imported by the officer as a statistics file: every month's adult
	 * recipients and the population, unemployment and foreign-born share a comparison on two variables needs (it
	 * needs four districts). The figures differ between districts so that the regression can be fitted.
	 */
	private void assistance(String officer, int year, List<String> districts) throws Exception {
		double[] unemployment = { 3.1, 4.7, 2.9, 6.2 };
		double[] foreignBorn = { 18.5, 25.0, 31.4, 12.2 };
		StringBuilder csv = new StringBuilder("organisation;period;mått;kategori;nivå;värde\n");
		for (int d = 0; d < districts.size(); d++) {
			String code = districts.get(d);
			for (int month = 1; month <= 12; month++) {
				csv.append("%s;%d-%02d;vuxna;alla;individ;%d\n".formatted(code, year, month, 100 + 37 * d + month));
			}
			csv.append("%s;%d;befolkning;alla;;%d\n".formatted(code, year, 10_000 + 1_500 * d));
			csv.append("%s;%d;arbetsloshet;alla;;%s\n".formatted(code, year, unemployment[d]));
			csv.append("%s;%d;utrikes_fodda;alla;;%s\n".formatted(code, year, foreignBorn[d]));
		}
		var file = new MockMultipartFile("file", "formler.csv", "text/csv",
				csv.toString().getBytes(StandardCharsets.UTF_8));
		String started = mvc.perform(multipart("/api/v1/statistics/assistance/imports").file(file)
			.param("policy", "REFUSE")
			.with(httpBasic(officer, TestData.PASSWORD))
			.with(csrf()))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(started, "$.id");
		for (int i = 0; i < 600; i++) {
			String body = mvc.perform(get("/api/v1/statistics/assistance/imports/" + id)
				.with(httpBasic(officer, TestData.PASSWORD)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String status = JsonPath.read(body, "$.status");
			if (!"RUNNING".equals(status)) {
				assertThat(status).as(body).isEqualTo("STORED");
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the import of the districts' figures did not end");
	}
}
