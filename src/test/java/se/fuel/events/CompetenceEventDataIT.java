package se.fuel.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.events.internal.CompetenceEvent;
import se.fuel.events.internal.CompetenceEventRepository;
import se.fuel.events.domain.RatingDistribution;
import tools.jackson.databind.json.JsonMapper;

/** The demo reproduces the seeds; the overview, its exports and the API serve the same numbers. */
@DemoDataTest
class CompetenceEventDataIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompetenceEventRepository repository;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JsonMapper json;

	@Test
	void the_demo_has_the_thirteen_activities_of_seeds_001_section_3_1_with_about_750_participants() {
		List<CompetenceEvent> seeded = tx.execute(s -> repository.findAll().stream()
			.filter(e -> e.description() != null && e.description().contains("dokument 001 §3.1"))
			.peek(CompetenceEvent::totalParticipants)
			.toList());
		assertThat(seeded).hasSize(13);
		assertThat(seeded).allSatisfy(e -> assertThat(e.date().getYear()).isBetween(2002, 2003));
		// "Sammanlagt har 12 seminarier/föreläsningar genomförts och en konferens bevistats för totalt cirka 750 deltagare."
		assertThat(seeded.stream().mapToInt(CompetenceEvent::totalParticipants).sum()).isEqualTo(741);
		assertThat(seeded.stream().filter(e -> e.kind() == EventKind.CONFERENCE)).hasSize(1);
		assertThat(seeded).anySatisfy(e -> {
			assertThat(e.title()).isEqualTo("Religion och socialt arbete");
			assertThat(e.totalParticipants()).isEqualTo(150);
		});
	}

	@Test
	void the_demo_workshops_of_seeds_003_reproduce_ninety_percent_at_least_eight_and_thirty_five_percent_ten() {
		var summaries = tx.execute(s -> repository.findAll().stream()
			.filter(e -> e.kind() == EventKind.WORKSHOP && e.date().getYear() == 2004)
			.filter(e -> List.of("Språkets betydelse för att bli självförsörjande", "Arbetslöshet och bidragsberoende")
				.contains(e.title()))
			.map(e -> {
				assertThat(e.evaluationNote()).contains("Påhittade");
				assertThat(e.totalParticipants()).isEqualTo(40);
				assertThat(e.participants()).hasSize(12);
				return RatingDistribution.of(e.responsesPerRating());
			})
			.toList());
		assertThat(summaries).hasSize(2);
		for (EvaluationSummary s : summaries) {
			assertThat(s.shareAtLeastEight()).isCloseTo(0.90, within(0.03));
			assertThat(s.shareTen()).isCloseTo(0.35, within(0.03));
		}
		EvaluationSummary both = RatingDistribution.combined(summaries);
		assertThat(both.shareAtLeastEight()).isCloseTo(0.90, within(0.005));
		assertThat(both.shareTen()).isCloseTo(0.35, within(0.005));
	}

	@Test
	void the_overview_page_csv_xlsx_and_api_serve_the_same_numbers() throws Exception {
		String body = mvc.perform(get("/api/v1/events/overview").with(httpBasic("lasare", "demo")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		EventOverview api = json.readValue(body, EventOverview.class);
		assertThat(api.totalParticipants()).isEqualTo(api.byYearAndKind().stream()
			.mapToInt(EventOverview.YearKind::participants).sum());
		assertThat(api.totalParticipants()).isEqualTo(api.byOrganisation().stream()
			.mapToInt(OrganisationParticipants::participants).sum() + api.otherParticipants()
				+ api.unspecifiedParticipants());
		EventOverview.YearKind seminars2003 = api.byYearAndKind().stream()
			.filter(r -> r.year() == 2003 && r.kind() == EventKind.SEMINAR).findFirst().orElseThrow();

		mvc.perform(get("/events/overview").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>" + api.totalParticipants() + "</strong>")));

		String csv = mvc.perform(get("/events/overview.csv").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("kompetensutveckling.csv")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFÅr;Typ;Aktiviteter;Deltagare")
			.contains("2003;Seminarium;" + seminars2003.events() + ";" + seminars2003.participants())
			.contains("Totalt;;" + api.events() + ";" + api.totalParticipants())
			.contains("Totalt;" + api.totalParticipants());

		byte[] xlsx = mvc.perform(get("/events/overview.xlsx").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getSheets().toList().get(0).read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("År");
			Row row = rows.stream().filter(r -> "2003".equals(r.getCellText(0)) && "Seminarium".equals(r.getCellText(1)))
				.findFirst().orElseThrow();
			assertThat(row.getCellAsNumber(3)).contains(new BigDecimal(seminars2003.participants()));
			Row total = rows.get(rows.size() - 1);
			assertThat(total.getCellAsNumber(3)).contains(new BigDecimal(api.totalParticipants()));
			assertThat(workbook.getSheets().toList().get(1).getName()).isEqualTo("Per organisation");
		}
	}

	@Test
	void the_lineage_switch_counts_participants_of_rinkeby_and_kista_under_jarva() throws Exception {
		String asWas = mvc.perform(get("/api/v1/events/overview").with(httpBasic("lasare", "demo")))
			.andReturn().getResponse().getContentAsString();
		String asToday = mvc.perform(get("/api/v1/events/overview?today=true").with(httpBasic("lasare", "demo")))
			.andReturn().getResponse().getContentAsString();
		EventOverview was = json.readValue(asWas, EventOverview.class);
		EventOverview today = json.readValue(asToday, EventOverview.class);
		assertThat(was.byOrganisation()).extracting(OrganisationParticipants::organisationName)
			.contains("Rinkeby", "Kista").doesNotContain("Järva");
		assertThat(today.byOrganisation()).extracting(OrganisationParticipants::organisationName)
			.contains("Järva").doesNotContain("Rinkeby", "Kista", "Spånga-Tensta");
		int järva = today.byOrganisation().stream().filter(p -> p.organisationName().equals("Järva"))
			.mapToInt(OrganisationParticipants::participants).sum();
		int before = was.byOrganisation().stream()
			.filter(p -> List.of("Rinkeby", "Kista", "Spånga-Tensta", "Rinkeby-Kista", "Järva")
				.contains(p.organisationName()))
			.mapToInt(OrganisationParticipants::participants).sum();
		assertThat(järva).isEqualTo(before).isPositive();
		assertThat(today.totalParticipants()).isEqualTo(was.totalParticipants());
		mvc.perform(get("/events/overview?today=true").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Visa organisationerna som de var")));
	}

	@Test
	void an_officer_registers_evaluates_and_deletes_an_event_through_the_api() throws Exception {
		String title = "API-seminarium " + UUID.randomUUID();
		String created = mvc.perform(post("/api/v1/events").with(httpBasic("handlaggare", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"date":"2025-04-02","title":"%s","kind":"SEMINAR","organiser":"FoU","otherParticipants":12,
						 "unspecifiedParticipants":3}""".formatted(title)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.totalParticipants").value(15))
			.andReturn().getResponse().getContentAsString();
		String id = json.readTree(created).get("id").asString();
		mvc.perform(post("/api/v1/events/" + id + "/ratings").with(httpBasic("handlaggare", "demo"))
				.contentType("text/csv").content("10\n10\n8\n4\n"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.responses").value(4))
			.andExpect(jsonPath("$.shareAtLeastEight").value(0.75))
			.andExpect(jsonPath("$.mean").value(8.0));
		mvc.perform(post("/api/v1/events/" + id + "/ratings").with(httpBasic("handlaggare", "demo"))
				.contentType("text/csv").content("10\nelva\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Rad 2: betyget ”elva” är inte ett heltal.")));
		mvc.perform(get("/api/v1/events/" + id).with(httpBasic("lasare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evaluation.responses").value(4));
		mvc.perform(put("/api/v1/events/" + id).with(httpBasic("handlaggare", "demo"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2025-04-02\",\"title\":\"\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Skriv aktivitetens titel.")));
		mvc.perform(delete("/api/v1/events/" + id).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/events/" + id).with(httpBasic("lasare", "demo"))).andExpect(status().isNotFound());
	}

	@Test
	void the_api_refuses_readers_and_applicants_who_try_to_change_events() throws Exception {
		UUID some = tx.execute(s -> repository.findAll().get(0).id());
		for (String who : new String[] { "lasare", "farsta" }) {
			mvc.perform(get("/api/v1/events").with(httpBasic(who, "demo"))).andExpect(status().isOk());
			mvc.perform(post("/api/v1/events").with(httpBasic(who, "demo")).contentType(MediaType.APPLICATION_JSON)
					.content("{\"date\":\"" + LocalDate.of(2025, 1, 1) + "\",\"title\":\"X\",\"kind\":\"SEMINAR\"}"))
				.andExpect(status().isForbidden());
			mvc.perform(put("/api/v1/events/" + some).with(httpBasic(who, "demo"))
					.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"X\"}"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/events/" + some + "/ratings").with(httpBasic(who, "demo"))
					.contentType("text/csv").content("10\n"))
				.andExpect(status().isForbidden());
			mvc.perform(put("/api/v1/events/" + some + "/ratings").with(httpBasic(who, "demo"))
					.contentType(MediaType.APPLICATION_JSON).content("{\"10\":1}"))
				.andExpect(status().isForbidden());
			mvc.perform(delete("/api/v1/events/" + some).with(httpBasic(who, "demo"))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/events")).andExpect(status().isUnauthorized());
	}
}
