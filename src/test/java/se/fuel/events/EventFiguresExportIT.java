package se.fuel.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event's participants and evaluation as page, CSV, XLSX and API with the same numbers (a workshop rated as the
 * document 003 workshop on language: 90 % rated 8 or more, 35 % rated 10), and the overview's trend as a chart beside
 * its table.
 */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventFiguresExportIT {

	static final String WORKSHOP = "Språkets betydelse för att bli självförsörjande ";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	CompetenceEvents events;

	@Autowired
	TestData data;

	String title;

	String applicant;

	String reader;

	/**
	 * The officer registers the workshop, 17 of the district's staff and 3 others, with 20 responses: 18 rated 8 or
	 * more (90 %), 7 rated 10 (35 %).
	 */
	@BeforeAll
	void workshopRated() {
		UUID district = data.district();
		applicant = data.applicant(district);
		reader = data.reader();
		title = WORKSHOP + UUID.randomUUID();
		data.run(data.officer(), () -> {
			EventView registered = events.register(new EventInput(LocalDate.of(2004, 3, 10), title, EventKind.WORKSHOP,
					"FoU-enheten", "Handläggare", null, List.of(new OrganisationParticipants(district, null, 17)), 3, 0));
			events.enterRatings(registered.id(), Map.of(10, 7, 9, 6, 8, 5, 5, 2));
		});
	}

	EventView workshop() throws Exception {
		String body = mvc.perform(get("/api/v1/events").with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return json.readValue(body, new TypeReference<List<EventView>>() {
		}).stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
	}

	@Test
	void the_event_page_links_its_exports() throws Exception {
		EventView e = workshop();
		mvc.perform(get("/events/" + e.id()).with(users.as(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/events/" + e.id() + "/evaluation.csv")))
			.andExpect(content().string(containsString("/events/" + e.id() + "/evaluation.xlsx")));
	}

	@Test
	void the_csv_has_the_distribution_and_shares_of_the_api() throws Exception {
		EventView e = workshop();
		String csv = mvc.perform(get("/events/" + e.id() + "/evaluation.csv").with(users.as(applicant)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("aktivitet-" + e.date() + ".csv")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF" + title).contains("\r\nOrganisation;Deltagare\r\n")
			.contains("\r\nTotalt;" + e.totalParticipants() + "\r\n")
			.contains("\r\nBetyg;Antal svar\r\n");
		for (RatingCount c : e.evaluation().distribution()) {
			assertThat(csv).contains("\r\n" + c.rating() + ";" + c.responses() + "\r\n");
		}
		assertThat(csv).contains("\r\nAntal svar;" + e.evaluation().responses() + "\r\n")
			.contains("\r\nBetyg 8 eller mer (%);90,0\r\n")
			.contains("\r\nBetyg 10 (%);35,0\r\n");
	}

	@Test
	void the_xlsx_has_the_same_numbers_as_numbers() throws Exception {
		EventView e = workshop();
		byte[] xlsx = mvc.perform(get("/events/" + e.id() + "/evaluation.xlsx").with(users.as(reader)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(s -> s.getName()).containsExactly("Deltagare", "Utvärdering");
			List<Row> people = sheets.get(0).read();
			assertThat(people.get(people.size() - 1).getCellAsNumber(1))
				.contains(new BigDecimal(e.totalParticipants()));
			List<Row> ratings = sheets.get(1).read();
			for (RatingCount c : e.evaluation().distribution()) {
				Row row = ratings.stream().filter(r -> Integer.toString(c.rating()).equals(r.getCellText(0)))
					.findFirst().orElseThrow();
				assertThat(row.getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(c.responses());
			}
			Row atLeastEight = ratings.stream().filter(r -> "Betyg 8 eller mer (%)".equals(r.getCellText(0)))
				.findFirst().orElseThrow();
			assertThat(atLeastEight.getCellAsNumber(1).orElseThrow().doubleValue())
				.isEqualTo(Math.round(e.evaluation().shareAtLeastEight() * 1000) / 10.0);
		}
	}

	@Test
	void the_overview_charts_participants_per_year_beside_its_table() throws Exception {
		mvc.perform(get("/events/overview").with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"participant-chart\"")))
			.andExpect(content().string(containsString("<title id=\"participant-chart-title\">Deltagare per år</title>")));
	}

	@Test
	void an_unknown_event_has_no_export() throws Exception {
		mvc.perform(get("/events/00000000-0000-0000-0000-000000000000/evaluation.xlsx").with(users.as(reader)))
			.andExpect(status().isNotFound());
	}
}
