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

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.decisions.document.PdfAValidation;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/**
 * The decision document's pages: the year's versions, a version with its PDF, sending it for attestation, attesting,
 * recording the committee's decision, and who may not do or see any of it.
 */
@DemoDataTest
class DecisionPagesIT {

	// The committee cannot decide in the future; the day itself is made up.
	static final String DECIDED_ON = "2025-12-16";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Allocations allocations;

	@Autowired
	DecisionDocuments documents;

	@Autowired
	Identity identity;

	DecisionRound round() {
		return new DecisionRound(mvc, userDetails);
	}

	UUID attestant(String username) {
		return identity.usersWithRole(Role.ATTESTANT).stream().filter(u -> u.username().equals(username))
			.findFirst().orElseThrow().id();
	}

	DocumentView finalised(DecisionRound round) throws Exception {
		round.assessed(1_000_000);
		return round.as("handlaggare", () -> allocations.finalise(round.year));
	}

	UUID demoDocument() {
		return new DecisionRound(mvc, userDetails).as("handlaggare", () -> documents.current(2024)).orElseThrow().id();
	}

	@Test
	void an_officer_sees_the_years_versions_with_a_link_to_the_allocation() throws Exception {
		mvc.perform(get("/decisions/2024").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/allocation/2024\"")))
			.andExpect(content().string(containsString("Version 1")))
			.andExpect(content().string(containsString("href=\"/decisions/documents/" + demoDocument() + "\"")));
		for (String user : List.of("farsta", "radsledamot", "lasare", "socialdirektor")) {
			mvc.perform(get("/decisions/2024").with(users.as(user))).andExpect(status().isForbidden());
		}
	}

	@Test
	void the_demo_decision_shows_its_attestations_the_decision_and_the_totals_of_seeds_002() throws Exception {
		mvc.perform(get("/decisions/documents/" + demoDocument()).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\" lang=\"sv\">Fördelning av lokala "
					+ "utvecklingsmedel och medel för utveckling och lärande genom studiebesök/resor 2024</h1>")))
			.andExpect(content().string(containsString("Beslutad")))
			.andExpect(content().string(containsString("Attesterat av")))
			.andExpect(content().string(containsString("Veronica Wolgast Carstorp")))
			.andExpect(content().string(containsString("Lina Blombergsson")))
			.andExpect(content().string(containsString("Attesterat 2023-11-30")))
			.andExpect(content().string(containsString("2023-12-19, § 7")))
			.andExpect(content().string(matchesPattern("(?s).*3[\u00a0 ]000[\u00a0 ]000.*")))
			.andExpect(content().string(matchesPattern("(?s).*198[\u00a0 ]400.*")))
			.andExpect(content().string(matchesPattern("(?s).*3[\u00a0 ]198[\u00a0 ]400.*")))
			.andExpect(content().string(containsString("href=\"/decisions/documents/" + demoDocument() + ".pdf\"")))
			.andExpect(content().string(not(containsString("Skicka för attest</button>"))))
			.andExpect(content().string(not(containsString("Registrera beslutet"))));
	}

	@Test
	void the_pdf_is_a_download_named_after_year_and_version() throws Exception {
		byte[] pdf = mvc.perform(get("/decisions/documents/" + demoDocument() + ".pdf").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("tjansteutlatande-2024-v1.pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		PdfAValidation.assertPdfA2b(pdf);
	}

	@Test
	void nobody_but_officers_sees_a_document_before_it_is_sent() throws Exception {
		DocumentView document = finalised(round());
		mvc.perform(get("/decisions/documents/" + document.id()).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skicka för attest")))
			.andExpect(content().string(containsString("Veronica Wolgast Carstorp")));
		for (String user : List.of("farsta", "sodermalm", "radsledamot", "lasare")) {
			mvc.perform(get("/decisions/documents/" + document.id()).with(users.as(user)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/decisions/documents/" + document.id() + ".pdf").with(users.as(user)))
				.andExpect(status().isForbidden());
		}
		// An attestant sees only what was sent to them; anything else does not exist for them.
		mvc.perform(get("/decisions/documents/" + document.id()).with(users.as("socialdirektor")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/decisions/documents/" + document.id() + ".pdf").with(users.as("socialdirektor")))
			.andExpect(status().isNotFound());
	}

	@Test
	void sent_attested_and_decided_on_the_pages_and_the_applicant_sees_the_outcome() throws Exception {
		var round = round();
		DocumentView document = finalised(round);
		String page = "/decisions/documents/" + document.id();

		mvc.perform(post(page + "/send").with(csrf()).with(users.as("handlaggare")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")));
		mvc.perform(post(page + "/send").with(csrf()).with(users.as("handlaggare"))
			.param("attestantIds", attestant("socialdirektor").toString())
			.param("attestantIds", attestant("avdelningschef").toString()))
			.andExpect(redirectedUrl(page));
		mvc.perform(get(page).with(users.as("handlaggare")))
			.andExpect(content().string(containsString("Skickad för attest")))
			.andExpect(content().string(containsString("Väntar")))
			.andExpect(content().string(not(containsString("Registrera nämndens beslut"))));

		mvc.perform(get("/decisions/attest").with(users.as("socialdirektor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + page + "\"")));
		mvc.perform(get(page).with(users.as("socialdirektor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Attestera</button>")))
			.andExpect(content().string(not(containsString("Händelser"))))
			.andExpect(content().string(not(containsString("Skicka för attest</button>"))));
		mvc.perform(post(page + "/attest").with(csrf()).with(users.as("socialdirektor")))
			.andExpect(redirectedUrl(page));
		mvc.perform(get("/decisions/attest").with(users.as("socialdirektor")))
			.andExpect(content().string(not(containsString("href=\"" + page + "\""))));
		mvc.perform(post(page + "/attest").with(csrf()).with(users.as("avdelningschef")))
			.andExpect(redirectedUrl(page));

		mvc.perform(get(page).with(users.as("handlaggare")))
			.andExpect(content().string(containsString("Attesterad")))
			.andExpect(content().string(containsString("Registrera nämndens beslut")));
		mvc.perform(post(page + "/decision").with(csrf()).with(users.as("handlaggare"))
			.param("decidedOn", "2025-12-16x").param("paragraph", "§ 5").param("asProposed", "false"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#decidedOn\"")))
			.andExpect(content().string(containsString("href=\"#amendment\"")))
			.andExpect(content().string(containsString("value=\"§ 5\"")));
		for (String user : List.of("farsta", "socialdirektor")) {
			int code = mvc.perform(post(page + "/decision").with(csrf()).with(users.as(user))
				.param("decidedOn", DECIDED_ON).param("paragraph", "§ 5").param("asProposed", "true"))
				.andReturn().getResponse().getStatus();
			assertThat(code).as(user).isIn(403, 404);
		}
		mvc.perform(post(page + "/decision").with(csrf()).with(users.as("handlaggare"))
			.param("decidedOn", DECIDED_ON).param("paragraph", "§ 5").param("asProposed", "false")
			.param("amendment", "Södermalms projekt ska redovisas särskilt."))
			.andExpect(redirectedUrl(page));
		mvc.perform(get(page).with(users.as("handlaggare")))
			.andExpect(content().string(containsString("Beslutad")))
			.andExpect(content().string(containsString(DECIDED_ON + ", § 5")))
			.andExpect(content().string(containsString("Beslutat med ändringar")))
			.andExpect(content().string(containsString("Händelser")))
			.andExpect(content().string(containsString("skickad för attest")))
			.andExpect(content().string(containsString("attesterad")))
			.andExpect(content().string(containsString("Södermalms projekt ska redovisas särskilt.")));

		mvc.perform(get("/decisions/outcomes").with(users.as("farsta")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(round.farstaTitle)))
			.andExpect(content().string(not(containsString(round.sodermalmTitle))))
			.andExpect(content().string(containsString("Beviljad")))
			.andExpect(content().string(containsString(DECIDED_ON + ", § 5")));
		mvc.perform(get("/decisions/outcomes/" + round.farstaApplication + "/panel").with(users.as("farsta")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nämndens beslut")))
			.andExpect(content().string(containsString("300\u00a0000\u00a0kronor")))
			.andExpect(content().string(not(containsString("<html"))));
		// Outcomes.of answers nothing for another organisation's application, as before a decision: nothing to probe.
		mvc.perform(get("/decisions/outcomes/" + round.farstaApplication + "/panel").with(users.as("sodermalm")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Nämndens beslut"))))
			.andExpect(content().string(not(containsString(round.farstaTitle))));
		mvc.perform(get("/decisions/outcomes/" + round.farstaApplication + "/panel").with(users.as("radsledamot")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/applications/" + round.farstaApplication).with(users.as("farsta")))
			.andExpect(content().string(containsString(
					"hx-get=\"/decisions/outcomes/" + round.farstaApplication + "/panel\"")));
	}

	@Test
	void an_attestant_not_named_cannot_attest() throws Exception {
		DocumentView document = finalised(round());
		String page = "/decisions/documents/" + document.id();
		mvc.perform(post(page + "/send").with(csrf()).with(users.as("handlaggare"))
			.param("attestantIds", attestant("socialdirektor").toString()))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/attest").with(csrf()).with(users.as("avdelningschef")))
			.andExpect(status().isNotFound());
		mvc.perform(get(page).with(users.as("avdelningschef"))).andExpect(status().isNotFound());
		mvc.perform(get("/decisions/attest").with(users.as("avdelningschef")))
			.andExpect(content().string(not(containsString(page))));
		mvc.perform(post(page + "/attest").with(csrf()).with(users.as("handlaggare")))
			.andExpect(status().isForbidden());
		mvc.perform(get(page).with(users.as("handlaggare")))
			.andExpect(content().string(containsString("Väntar")))
			.andExpect(content().string(not(containsString("Attesterat 2"))));
	}

	@Test
	void an_earlier_version_stays_readable_and_says_it_is_superseded() throws Exception {
		var round = round();
		DocumentView first = finalised(round);
		round.as("handlaggare", () -> allocations.changeAmount(round.year, UUID.fromString(round.farstaApplication),
				250_000, null));
		DocumentView second = round.as("handlaggare", () -> allocations.finalise(round.year));
		assertThat(second.version()).isEqualTo(first.version() + 1);
		mvc.perform(get("/decisions/documents/" + first.id()).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ersatt av en senare version")))
			.andExpect(content().string(not(containsString("Skicka för attest</button>"))));
		mvc.perform(get("/decisions/documents/" + second.id()).with(users.as("handlaggare")))
			.andExpect(content().string(containsString("Version 2")))
			.andExpect(content().string(not(containsString("Ersatt av en senare version"))));
		mvc.perform(get("/decisions/" + round.year).with(users.as("handlaggare")))
			.andExpect(content().string(containsString("Version 2")))
			.andExpect(content().string(containsString("Version 1")))
			.andExpect(content().string(containsString("Ersatt")));
	}

	@Test
	void the_attestation_and_outcome_pages_are_for_their_roles_with_links_in_the_navigation() throws Exception {
		mvc.perform(get("/").with(users.as("socialdirektor")))
			.andExpect(content().string(containsString("href=\"/decisions/attest\"")));
		mvc.perform(get("/").with(users.as("farsta")))
			.andExpect(content().string(containsString("href=\"/decisions/outcomes\"")));
		mvc.perform(get("/").with(users.as("handlaggare")))
			.andExpect(content().string(not(containsString("href=\"/decisions/attest\""))))
			.andExpect(content().string(not(containsString("href=\"/decisions/outcomes\""))));
		mvc.perform(get("/decisions/attest").with(users.as("avdelningschef"))).andExpect(status().isOk());
		for (String user : List.of("farsta", "radsledamot", "lasare")) {
			mvc.perform(get("/decisions/attest").with(users.as(user))).andExpect(status().isForbidden());
		}
		for (String user : List.of("radsledamot", "lasare", "socialdirektor")) {
			mvc.perform(get("/decisions/outcomes").with(users.as(user))).andExpect(status().isForbidden());
		}
	}
}
