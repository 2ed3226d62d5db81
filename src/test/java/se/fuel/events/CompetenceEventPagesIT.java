package se.fuel.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.organisations.Organisations;
import se.fuel.testdata.TestData;

/** Registering, changing and evaluating events through the pages, as officers, and the refusals of other roles. */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompetenceEventPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompetenceEvents events;

	@Autowired
	Organisations organisations;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	UUID district;

	UUID otherDistrict;

	String officer;

	String reader;

	String applicant;

	String council;

	String attestant;

	@BeforeAll
	void people() {
		district = data.district();
		otherDistrict = data.district();
		officer = data.officer();
		reader = data.reader();
		applicant = data.applicant(district);
		council = data.council(district);
		attestant = data.attestant();
	}

	private UUID register(String title) throws Exception {
		String location = mvc.perform(post("/events").with(users.as(officer)).with(csrf())
				.param("date", "2025-03-12").param("title", title).param("kind", "WORKSHOP")
				.param("organiser", "FoU-enheten").param("targetGroup", "Handläggare")
				.param("participants[" + district + "]", "7").param("participants[" + otherDistrict + "]", "5")
				.param("otherParticipants", "2").param("unspecifiedParticipants", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/events/*"))
			.andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring("/events/".length()));
	}

	/** The ratings stored for the event, rating → responses, without the scale's zeros. */
	private Map<Integer, Integer> storedRatings(UUID id) {
		return data.as(reader, () -> events.event(id)).evaluation().distribution().stream()
			.filter(c -> c.responses() > 0)
			.collect(Collectors.toMap(RatingCount::rating, RatingCount::responses));
	}

	private boolean stored(UUID id) {
		return jdbc.sql("select count(*) from competence_event where id = ?").param(id).query(Integer.class).single() > 0;
	}

	@Test
	void an_officer_registers_an_event_and_the_total_of_participants_is_computed() throws Exception {
		String title = "Workshop om motiverande samtal " + UUID.randomUUID();
		UUID id = register(title);
		mvc.perform(get("/events/" + id).with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("id=\"total-participants\">14<")))
			.andExpect(content().string(containsString(organisations.nameOf(district))))
			.andExpect(content().string(containsString("Ingen utvärdering är registrerad.")));
		mvc.perform(get("/events").with(users.as(reader))).andExpect(content().string(containsString(title)));
	}

	@Test
	void an_officer_changes_an_event_and_both_versions_stand_in_its_history() throws Exception {
		UUID id = register("Nätverksträff " + UUID.randomUUID());
		String changed = "Nätverksträff om SFI " + UUID.randomUUID();
		mvc.perform(post("/events/" + id).with(users.as(officer)).with(csrf())
				.param("date", "2025-03-13").param("title", changed).param("kind", "NETWORK_MEETING")
				.param("otherParticipants", "30"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/events/" + id).with(users.as(officer)))
			.andExpect(content().string(containsString(changed)))
			.andExpect(content().string(containsString("id=\"total-participants\">30<")))
			.andExpect(content().string(containsString("skapad")))
			.andExpect(content().string(containsString("ändrad")));
		mvc.perform(get("/events/" + id + "/edit").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + changed + "\"")));
	}

	@Test
	void a_form_with_errors_comes_back_with_a_summary_that_names_the_fields_and_keeps_what_was_typed() throws Exception {
		String title = "Halvfärdig " + UUID.randomUUID();
		mvc.perform(post("/events").with(users.as(officer)).with(csrf())
				.param("date", "12 mars").param("title", title).param("kind", "").param("otherParticipants", "två"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#date\"")))
			.andExpect(content().string(containsString("Datum måste vara ett datum som ÅÅÅÅ-MM-DD, till exempel 2027-01-15.")))
			.andExpect(content().string(containsString("Deltagare från övriga/externa måste vara ett heltal med siffror, till exempel 12.")))
			.andExpect(content().string(containsString("value=\"" + title + "\"")));
		mvc.perform(post("/events").with(users.as(officer)).with(csrf()).param("date", "2025-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Skriv aktivitetens titel.")))
			.andExpect(content().string(containsString("Välj typ av aktivitet.")));
		// The second form has no title, which the table requires: only the first could have been stored.
		assertThat(jdbc.sql("select count(*) from competence_event where title = ?").param(title)
			.query(Integer.class).single()).as("nothing is stored").isZero();
	}

	@Test
	void ratings_imported_from_a_csv_are_shown_as_distribution_mean_and_shares() throws Exception {
		UUID id = register("Seminarium med enkät " + UUID.randomUUID());
		mvc.perform(multipart("/events/" + id + "/ratings/import")
				.file(new MockMultipartFile("file", "betyg.csv", "text/csv",
						"betyg;antal\n10;2\n9;1\n8;1\n5;1\n".getBytes(StandardCharsets.UTF_8)))
				.with(users.as(officer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(storedRatings(id)).isEqualTo(Map.of(10, 2, 9, 1, 8, 1, 5, 1));
		// (20 + 9 + 8 + 5) / 5 = 8,4; 4 of 5 rated 8 or more; 2 of 5 rated 10.
		mvc.perform(get("/events/" + id).with(users.as(reader)))
			.andExpect(content().string(containsString("id=\"responses\">5<")))
			.andExpect(content().string(containsString("id=\"mean\">8,4<")))
			.andExpect(content().string(containsString("id=\"at-least-eight\">80,0\u00A0%<")))
			.andExpect(content().string(containsString("id=\"ten\">40,0\u00A0%<")))
			.andExpect(content().string(containsString("<title id=\"chart-title\">")))
			.andExpect(content().string(containsString("<desc id=\"chart-desc\">Antal svar per betyg: betyg 1: 0")));
	}

	@Test
	void a_broken_csv_lists_every_rejected_line_and_stores_nothing_not_even_its_good_lines() throws Exception {
		UUID id = register("Föreläsning med trasig enkät " + UUID.randomUUID());
		mvc.perform(post("/events/" + id + "/ratings").with(users.as(officer)).with(csrf())
				.param("rating-9", "3").param("rating-10", "1"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/events/" + id + "/ratings/import")
				.file(new MockMultipartFile("file", "betyg.csv", "text/csv",
						"betyg\n10\nbra\n12\n8;1\n7\n".getBytes(StandardCharsets.UTF_8)))
				.with(users.as(officer)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Inget har sparats")))
			.andExpect(content().string(containsString("Rad 3: betyget ”bra” är inte ett heltal.")))
			.andExpect(content().string(containsString("Rad 4: betyget 12 ligger utanför skalan 1–10.")))
			.andExpect(content().string(containsString("Rad 5: fel kolumner")))
			.andExpect(content().string(containsString("href=\"#file\"")));
		assertThat(storedRatings(id)).isEqualTo(Map.of(9, 3, 10, 1));
		mvc.perform(multipart("/events/" + id + "/ratings/import")
				.file(new MockMultipartFile("file", "tom.csv", "text/csv", new byte[0]))
				.with(users.as(officer)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Välj en CSV-fil med betyg.")));
		assertThat(storedRatings(id)).isEqualTo(Map.of(9, 3, 10, 1));
	}

	@Test
	void ratings_typed_by_hand_replace_the_evaluation_and_a_bad_count_stores_nothing() throws Exception {
		UUID id = register("Studiebesök " + UUID.randomUUID());
		mvc.perform(post("/events/" + id + "/ratings").with(users.as(officer)).with(csrf())
				.param("rating-8", "4").param("rating-10", "x"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Antal svar för betyg 10 måste vara ett heltal med siffror, till exempel 12.")))
			.andExpect(content().string(containsString("href=\"#rating-10\"")));
		assertThat(storedRatings(id)).isEmpty();
		mvc.perform(post("/events/" + id + "/ratings").with(users.as(officer)).with(csrf())
				.param("rating-8", "4").param("rating-10", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(storedRatings(id)).isEqualTo(Map.of(8, 4, 10, 1));
	}

	@Test
	void more_ratings_than_participants_are_refused_typed_imported_or_by_lowering_the_participants() throws Exception {
		UUID id = register("Workshop med för många svar " + UUID.randomUUID());
		String refused = "Betyg: 15 svar är fler än aktivitetens 14 deltagare.";
		mvc.perform(post("/events/" + id + "/ratings").with(users.as(officer)).with(csrf())
				.param("rating-8", "10").param("rating-10", "5"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(refused)))
			.andExpect(content().string(containsString("href=\"#ratings\"")));
		mvc.perform(multipart("/events/" + id + "/ratings/import")
				.file(new MockMultipartFile("file", "betyg.csv", "text/csv",
						"betyg;antal\n8;10\n10;5\n".getBytes(StandardCharsets.UTF_8)))
				.with(users.as(officer)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(refused)))
			.andExpect(content().string(containsString("href=\"#file\"")));
		assertThat(storedRatings(id)).isEmpty();

		mvc.perform(post("/events/" + id + "/ratings").with(users.as(officer)).with(csrf())
				.param("rating-8", "10").param("rating-10", "4"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/events/" + id).with(users.as(officer)).with(csrf())
				.param("date", "2025-03-12").param("title", "Färre deltagare").param("kind", "WORKSHOP")
				.param("otherParticipants", "13"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Betyg: 14 svar är fler än aktivitetens 13 deltagare.")));
		mvc.perform(get("/events/" + id).with(users.as(reader)))
			.andExpect(content().string(containsString("id=\"total-participants\">14<")))
			.andExpect(content().string(not(containsString("Färre deltagare"))));
	}

	@Test
	void an_officer_deletes_an_event() throws Exception {
		UUID id = register("Felregistrerad " + UUID.randomUUID());
		mvc.perform(post("/events/" + id + "/delete").with(users.as(officer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(stored(id)).isFalse();
		mvc.perform(get("/events/" + id).with(users.as(officer))).andExpect(status().isNotFound());
	}

	@Test
	void readers_and_applicants_read_but_may_not_register_change_delete_or_evaluate() throws Exception {
		UUID id = register("Bara för handläggare att ändra " + UUID.randomUUID());
		for (String who : new String[] { reader, applicant, council, attestant }) {
			mvc.perform(get("/events").with(users.as(who))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"register-event\""))));
			mvc.perform(get("/events/" + id).with(users.as(who))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"import-ratings\""))));
			mvc.perform(get("/events/new").with(users.as(who))).andExpect(status().isForbidden());
			mvc.perform(get("/events/" + id + "/edit").with(users.as(who))).andExpect(status().isForbidden());
			mvc.perform(post("/events").with(users.as(who)).with(csrf()).param("date", "2025-01-01")
					.param("title", "Otillåten").param("kind", "SEMINAR"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/events/" + id).with(users.as(who)).with(csrf()).param("date", "2025-01-01")
					.param("title", "Otillåten").param("kind", "SEMINAR"))
				.andExpect(status().isForbidden());
			mvc.perform(multipart("/events/" + id + "/ratings/import")
					.file(new MockMultipartFile("file", "b.csv", "text/csv", "10\n".getBytes(StandardCharsets.UTF_8)))
					.with(users.as(who)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/events/" + id + "/ratings").with(users.as(who)).with(csrf()).param("rating-10", "1"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/events/" + id + "/delete").with(users.as(who)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(storedRatings(id)).isEmpty();
		assertThat(stored(id)).isTrue();
	}

	@Test
	void nobody_signed_out_reads_events() throws Exception {
		mvc.perform(get("/events")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/events/overview.csv")).andExpect(status().is3xxRedirection());
	}

	@Test
	void the_navigation_links_to_events_for_everyone_who_may_read_them_applicants_included() throws Exception {
		for (String who : List.of(reader, applicant)) {
			mvc.perform(get("/").with(users.as(who)))
				.andExpect(content().string(containsString("href=\"/events\"")));
			mvc.perform(get("/events").with(users.as(who))).andExpect(status().isOk());
		}
	}
}
