package se.fuel.decisions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.AllocationView;
import se.fuel.decisions.Allocations;
import se.fuel.decisions.AttestationView;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.decisions.DecisionDocumentContent.AllocationTable;
import se.fuel.decisions.DecisionDocuments;
import se.fuel.decisions.DocumentView;
import se.fuel.decisions.ProgrammeTotal;
import se.fuel.decisions.RoundStatus;

/**
 * The demo's 2024 decision is the one of document 002, attested on 2023-11-30 and decided, its allocation is the one
 * the document proposes, and loading it again adds nothing.
 */
@DemoDataTest
class DemoDecisionsIT {

	@Autowired
	DecisionDocuments documents;

	@Autowired
	DemoDecisions demo;

	@Autowired
	Allocations allocations;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers pages;

	@Autowired
	UserDetailsService users;

	<T> T asOfficer(Supplier<T> call) {
		UserDetails user = users.loadUserByUsername("handlaggare");
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	@Test
	void the_2024_document_is_attested_by_both_on_30_november_and_decided_with_the_totals_of_seeds_002() {
		DocumentView document = asOfficer(() -> documents.current(2024)).orElseThrow();
		assertThat(document.status()).isEqualTo(RoundStatus.DECIDED);
		assertThat(document.content().title()).isEqualTo(DemoDecisions.TITLE);
		assertThat(document.content().recipient()).isEqualTo("Socialnämnden");
		assertThat(document.content().documentDate()).isEqualTo(LocalDate.of(2023, 12, 12));
		assertThat(document.content().officerName()).isEqualTo("Rebecca Hedenstedt");
		assertThat(document.content().grandTotal()).isEqualTo(3_198_400L);
		assertThat(document.content().tables()).extracting(AllocationTable::sum)
			.containsExactlyInAnyOrder(3_000_000L, 198_400L);
		// in the order of the signatures, as document 002 lists them
		assertThat(document.attestations()).extracting(AttestationView::name)
			.containsExactly("Veronica Wolgast Carstorp", "Lina Blombergsson");
		assertThat(document.attestations()).allSatisfy(a -> {
			assertThat(a.attested()).isTrue();
			assertThat(a.attestedAt().atZone(SwedishFormat.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2023, 11, 30));
		});
		assertThat(document.decision().decidedOn()).isEqualTo(DemoDecisions.DECIDED_ON);
		assertThat(document.decision().paragraph()).isEqualTo("§ 7");
		assertThat(document.content().preparation()).startsWith("Ärendet har beretts inom avdelningen");
		assertThat(document.content().appendices()).hasSize(2);
	}

	@Test
	void loading_the_demo_again_adds_no_version() throws Exception {
		int before = asOfficer(() -> documents.versions(2024)).size();
		demo.run(null);
		assertThat(asOfficer(() -> documents.versions(2024))).hasSize(before);
		assertThat(before).isEqualTo(1);
	}

	@Test
	void the_2024_demo_round_allocates_what_seeds_002_proposes() {
		AllocationView view = asOfficer(() -> allocations.allocation(2024));
		assertThat(view.programmes()).extracting(ProgrammeTotal::programmeCode, ProgrammeTotal::allocated,
				ProgrammeTotal::requested)
			.containsExactly(tuple("LUM", 3_000_000L, 6_460_000L),
					tuple("MUL", 198_400L, 198_400L));
		assertThat(view.lines()).filteredOn(l -> l.outcome() == DecisionOutcome.REJECTED).hasSize(6);
		assertThat(view.lines()).filteredOn(l -> l.outcome() == DecisionOutcome.PARTIALLY_GRANTED).hasSize(3);
		assertThat(view.violations()).isEmpty();
	}

	@Test
	void the_demo_applicant_reads_the_2024_outcomes_with_the_paragraph_of_the_decision() throws Exception {
		mvc.perform(get("/api/v1/outcomes").with(httpBasic("farsta", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.year == 2024)].title").value(hasItem("Digital Lots för samsjukliga")))
			.andExpect(jsonPath("$[?(@.year == 2024)].paragraph").value(hasItem("§ 7")));
	}

	@Test
	void the_demo_decision_shows_its_attestations_the_decision_and_the_totals_of_seeds_002() throws Exception {
		UUID document = asOfficer(() -> documents.current(2024)).orElseThrow().id();
		mvc.perform(get("/decisions/documents/" + document).with(pages.as("handlaggare")))
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
			.andExpect(content().string(containsString("href=\"/decisions/documents/" + document + ".pdf\"")))
			.andExpect(content().string(not(containsString("Skicka för attest</button>"))))
			.andExpect(content().string(not(containsString("Registrera beslutet"))));
	}

	@Test
	void the_2024_demo_round_shows_its_decided_totals_against_the_budgets_and_nothing_to_change() throws Exception {
		String html = mvc.perform(get("/allocation/2024").with(pages.as("handlaggare")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String nbsp = "\u00A0";
		assertThat(html).contains("Fördelning 2024", "Lokala utvecklingsmedel 2024",
				"Medel för utveckling och lärande 2024", "3" + nbsp + "000" + nbsp + "000", "198" + nbsp + "400",
				"Beviljas", "Avslås", "Beslutad");
		assertThat(html).doesNotContain("name=\"amount\"", "Fastställ fördelningen");
	}
}
