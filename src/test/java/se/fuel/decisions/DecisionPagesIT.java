package se.fuel.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.document.PdfAValidation;
import se.fuel.decisions.OwnRounds.Assessed;
import se.fuel.decisions.OwnRounds.Person;
import se.fuel.testdata.TestData;

/**
 * The decision document's pages: the year's versions, a version with its PDF, sending it for attestation, attesting,
 * recording the committee's decision, and who may not do or see any of it; each on a round of its own.
 */
@FuelIntegrationTest
class DecisionPagesIT {

	// The committee cannot decide in the future, nor before the attestations made today.
	static final String DECIDED_ON = LocalDate.now(SwedishFormat.ZONE).toString();

	// Any day before the attestations.
	static final String BEFORE_ATTESTATION = "2025-12-16";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData data;

	@Autowired
	Allocations allocations;

	OwnRounds rounds() {
		return new OwnRounds(context);
	}

	@Test
	void an_officer_sees_the_years_versions_with_a_link_to_the_allocation() throws Exception {
		var rounds = rounds();
		Assessed round = rounds.assessed(1_000_000);
		DocumentView document = rounds.finalised(round);
		mvc.perform(get("/decisions/" + round.year()).with(users.as(round.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/allocation/" + round.year() + "\"")))
			.andExpect(content().string(containsString("Version 1")))
			.andExpect(content().string(containsString("href=\"/decisions/documents/" + document.id() + "\"")));
		for (String user : List.of(round.round().first().applicant(), data.council(round.round().second().id()),
				data.reader(), rounds.attestant().username())) {
			mvc.perform(get("/decisions/" + round.year()).with(users.as(user))).andExpect(status().isForbidden());
		}
	}

	@Test
	void the_pdf_is_a_download_named_after_year_and_version() throws Exception {
		var rounds = rounds();
		Assessed round = rounds.assessed(1_000_000);
		DocumentView document = rounds.finalised(round);
		byte[] pdf = mvc.perform(get("/decisions/documents/" + document.id() + ".pdf").with(users.as(round.officer())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition",
					containsString("tjansteutlatande-" + round.year() + "-v1.pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		PdfAValidation.assertPdfA2b(pdf);
	}

	@Test
	void nobody_but_officers_sees_a_document_before_it_is_sent() throws Exception {
		var rounds = rounds();
		Person attestant = rounds.attestant();
		Assessed round = rounds.assessed(1_000_000);
		DocumentView document = rounds.finalised(round);
		mvc.perform(get("/decisions/documents/" + document.id()).with(users.as(round.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skicka för attest")))
			.andExpect(content().string(containsString(attestant.displayName())));
		for (String user : List.of(round.round().first().applicant(), round.round().second().applicant(),
				data.council(round.round().second().id()), data.reader())) {
			mvc.perform(get("/decisions/documents/" + document.id()).with(users.as(user)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/decisions/documents/" + document.id() + ".pdf").with(users.as(user)))
				.andExpect(status().isForbidden());
		}
		// An attestant sees only what was sent to them; anything else does not exist for them.
		mvc.perform(get("/decisions/documents/" + document.id()).with(users.as(attestant.username())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/decisions/documents/" + document.id() + ".pdf").with(users.as(attestant.username())))
			.andExpect(status().isNotFound());
	}

	@Test
	void sent_attested_and_decided_on_the_pages_and_the_applicant_sees_the_outcome() throws Exception {
		var rounds = rounds();
		Person director = rounds.attestant();
		Person head = rounds.attestant();
		Assessed round = rounds.assessed(1_000_000);
		String officer = round.officer();
		String farsta = round.round().first().applicant();
		String sodermalm = round.round().second().applicant();
		DocumentView document = rounds.finalised(round);
		String page = "/decisions/documents/" + document.id();

		mvc.perform(post(page + "/send").with(csrf()).with(users.as(officer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")));
		mvc.perform(post(page + "/send").with(csrf()).with(users.as(officer))
			.param("attestantIds", director.id().toString())
			.param("attestantIds", head.id().toString()))
			.andExpect(redirectedUrl(page));
		mvc.perform(get(page).with(users.as(officer)))
			.andExpect(content().string(containsString("Skickad för attest")))
			.andExpect(content().string(containsString("Väntar")))
			.andExpect(content().string(not(containsString("Registrera nämndens beslut"))));

		mvc.perform(get("/decisions/attest").with(users.as(director.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + page + "\"")));
		mvc.perform(get(page).with(users.as(director.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Attestera</button>")))
			.andExpect(content().string(not(containsString("Händelser"))))
			.andExpect(content().string(not(containsString("Skicka för attest</button>"))));
		mvc.perform(post(page + "/attest").with(csrf()).with(users.as(director.username())))
			.andExpect(redirectedUrl(page));
		mvc.perform(get("/decisions/attest").with(users.as(director.username())))
			.andExpect(content().string(not(containsString("href=\"" + page + "\""))));
		mvc.perform(post(page + "/attest").with(csrf()).with(users.as(head.username())))
			.andExpect(redirectedUrl(page));

		mvc.perform(get(page).with(users.as(officer)))
			.andExpect(content().string(containsString("Attesterad")))
			.andExpect(content().string(containsString("Registrera nämndens beslut")));
		mvc.perform(post(page + "/decision").with(csrf()).with(users.as(officer))
			.param("decidedOn", "2025-12-16x").param("paragraph", "§ 5").param("asProposed", "false"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#decidedOn\"")))
			.andExpect(content().string(containsString("href=\"#amendment\"")))
			.andExpect(content().string(containsString("value=\"§ 5\"")));
		for (String user : List.of(farsta, director.username())) {
			int code = mvc.perform(post(page + "/decision").with(csrf()).with(users.as(user))
				.param("decidedOn", DECIDED_ON).param("paragraph", "§ 5").param("asProposed", "true"))
				.andReturn().getResponse().getStatus();
			assertThat(code).as(user).isIn(403, 404);
		}
		mvc.perform(post(page + "/decision").with(csrf()).with(users.as(officer))
			.param("decidedOn", BEFORE_ATTESTATION).param("paragraph", "5").param("asProposed", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#decidedOn\"")))
			.andExpect(content().string(containsString("Beslutsdatum: nämnden kan inte ha beslutat före den sista "
					+ "attesten")))
			.andExpect(content().string(containsString(" " + DECIDED_ON + ". Ange ett datum den dagen eller senare.")));
		mvc.perform(get(page).with(users.as(officer)))
			.andExpect(content().string(containsString("Attesterad")))
			.andExpect(content().string(containsString("Registrera nämndens beslut")));
		// Typed without the sign, stored and shown as "§ 5" like every other paragraph.
		mvc.perform(post(page + "/decision").with(csrf()).with(users.as(officer))
			.param("decidedOn", DECIDED_ON).param("paragraph", "5").param("asProposed", "false")
			.param("amendment", "Södermalms projekt ska redovisas särskilt."))
			.andExpect(redirectedUrl(page));
		mvc.perform(get(page).with(users.as(officer)))
			.andExpect(content().string(containsString("Beslutad")))
			.andExpect(content().string(containsString(DECIDED_ON + ", § 5")))
			.andExpect(content().string(containsString("Beslutat med ändringar")))
			.andExpect(content().string(containsString("Händelser")))
			.andExpect(content().string(containsString("skickad för attest")))
			.andExpect(content().string(containsString("attesterad")))
			.andExpect(content().string(containsString("Södermalms projekt ska redovisas särskilt.")));

		mvc.perform(get("/decisions/outcomes").with(users.as(farsta)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(round.firstTitle())))
			.andExpect(content().string(not(containsString(round.secondTitle()))))
			.andExpect(content().string(containsString("Beviljad")))
			.andExpect(content().string(containsString(DECIDED_ON + ", § 5")));
		String panel = "/decisions/outcomes/" + round.firstApplication() + "/panel";
		mvc.perform(get(panel).with(users.as(farsta)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nämndens beslut")))
			.andExpect(content().string(containsString("300\u00a0000\u00a0kronor")))
			.andExpect(content().string(not(containsString("<html"))));
		// Outcomes.of answers nothing for another organisation's application, as before a decision: nothing to probe.
		mvc.perform(get(panel).with(users.as(sodermalm)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Nämndens beslut"))))
			.andExpect(content().string(not(containsString(round.firstTitle()))));
		mvc.perform(get(panel).with(users.as(data.council(round.round().second().id()))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/applications/" + round.firstApplication()).with(users.as(farsta)))
			.andExpect(content().string(containsString("hx-get=\"" + panel + "\"")));
	}

	@Test
	void an_attestant_not_named_cannot_attest() throws Exception {
		var rounds = rounds();
		Person named = rounds.attestant();
		Person other = rounds.attestant();
		Assessed round = rounds.assessed(1_000_000);
		String officer = round.officer();
		DocumentView document = rounds.finalised(round);
		String page = "/decisions/documents/" + document.id();
		mvc.perform(post(page + "/send").with(csrf()).with(users.as(officer))
			.param("attestantIds", named.id().toString()))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/attest").with(csrf()).with(users.as(other.username())))
			.andExpect(status().isNotFound());
		mvc.perform(get(page).with(users.as(other.username()))).andExpect(status().isNotFound());
		mvc.perform(get("/decisions/attest").with(users.as(other.username())))
			.andExpect(content().string(not(containsString(page))));
		mvc.perform(post(page + "/attest").with(csrf()).with(users.as(officer)))
			.andExpect(status().isForbidden());
		mvc.perform(get(page).with(users.as(officer)))
			.andExpect(content().string(containsString("Väntar")))
			.andExpect(content().string(not(containsString("Attesterat 2"))));
	}

	@Test
	void an_earlier_version_stays_readable_and_says_it_is_superseded() throws Exception {
		var rounds = rounds();
		Assessed round = rounds.assessed(1_000_000);
		String officer = round.officer();
		DocumentView first = rounds.finalised(round);
		rounds.as(officer, () -> allocations.changeAmount(round.year(), round.firstApplication(), 250_000, null));
		DocumentView second = rounds.finalised(round);
		assertThat(second.version()).isEqualTo(first.version() + 1);
		mvc.perform(get("/decisions/documents/" + first.id()).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ersatt av en senare version")))
			.andExpect(content().string(not(containsString("Skicka för attest</button>"))));
		mvc.perform(get("/decisions/documents/" + second.id()).with(users.as(officer)))
			.andExpect(content().string(containsString("Version 2")))
			.andExpect(content().string(not(containsString("Ersatt av en senare version"))));
		mvc.perform(get("/decisions/" + round.year()).with(users.as(officer)))
			.andExpect(content().string(containsString("Version 2")))
			.andExpect(content().string(containsString("Version 1")))
			.andExpect(content().string(containsString("Ersatt")));
	}

	@Test
	void the_attestation_and_outcome_pages_are_for_their_roles_with_links_in_the_navigation() throws Exception {
		var district = data.district();
		String applicant = data.applicant(district);
		String attestant = data.attestant();
		String officer = data.officer();
		String member = data.council(district);
		String reader = data.reader();
		mvc.perform(get("/").with(users.as(attestant)))
			.andExpect(content().string(containsString("href=\"/decisions/attest\"")));
		mvc.perform(get("/").with(users.as(applicant)))
			.andExpect(content().string(containsString("href=\"/decisions/outcomes\"")));
		// Officers may open every decided outcome, so their menu offers the list too.
		mvc.perform(get("/").with(users.as(officer)))
			.andExpect(content().string(not(containsString("href=\"/decisions/attest\""))))
			.andExpect(content().string(containsString("href=\"/decisions/outcomes\"")));
		mvc.perform(get("/decisions/attest").with(users.as(data.attestant()))).andExpect(status().isOk());
		for (String user : List.of(applicant, member, reader)) {
			mvc.perform(get("/decisions/attest").with(users.as(user))).andExpect(status().isForbidden());
		}
		for (String user : List.of(member, reader, attestant)) {
			mvc.perform(get("/decisions/outcomes").with(users.as(user))).andExpect(status().isForbidden());
		}
	}
}
