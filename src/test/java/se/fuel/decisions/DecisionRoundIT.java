package se.fuel.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.TestTexts;
import se.fuel.audit.AuditTrail;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.NotFoundException;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/**
 * A whole round through the facades, on a year only this test uses: over budget and over the cap refused, fixed,
 * finalised, attested, changed (new version, attestations void), attested again, decided; outcomes for the applicant.
 */
@DemoDataTest
class DecisionRoundIT {

	static final int YEAR = 2035;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Allocations allocations;

	@Autowired
	DecisionDocuments documents;

	@Autowired
	Outcomes outcomes;

	@Autowired
	Identity identity;

	@Autowired
	AuditTrail audit;

	RoundFixture round;

	@BeforeEach
	void setUp() {
		round = new RoundFixture(mvc, userDetails);
	}

	@Test
	void a_round_is_refused_over_budget_and_cap_then_finalised_attested_versioned_and_decided() throws Exception {
		UUID call = round.lumCall(YEAR, 500_000, 1);
		UUID farstaOne = round.submitted("farsta", call, YEAR, "Farsta första", 300_000);
		UUID farstaTwo = round.submitted("farsta", call, YEAR, "Farsta andra", 200_000);
		UUID sodermalm = round.submitted("sodermalm", call, YEAR, "Södermalm", 300_000);

		AllocationView unassessed = round.as("handlaggare", () -> allocations.allocation(YEAR));
		assertThat(unassessed.violations()).extracting(Violation::rule).containsOnly("assessed");

		round.grant(farstaOne);
		round.grant(farstaTwo);
		round.grant(sodermalm);
		AllocationView over = round.as("handlaggare", () -> allocations.allocation(YEAR));
		assertThat(over.total()).isEqualTo(800_000);
		assertThat(over.programmes().get(0).overBudget()).isTrue();
		assertThatThrownBy(() -> round.as("handlaggare", () -> allocations.finalise(YEAR)))
			.isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
				.extracting((Violation v) -> TestTexts.swedish(v))
				.anySatisfy(m -> assertThat(m).contains("300\u00A0000\u00A0kronor över budgeten på 500\u00A0000\u00A0kronor"))
				.anySatisfy(m -> assertThat(m).startsWith("Farsta").contains("får 2 beviljade").contains("högst 1")));

		assertThatThrownBy(() -> round.as("handlaggare", () -> allocations.changeAmount(YEAR, sodermalm, 400_000, null)))
			.isInstanceOfSatisfying(ViolationException.class,
					e -> assertThat(e.violations().get(0).rule()).isEqualTo("range"));
		round.as("handlaggare", () -> allocations.changeAmount(YEAR, sodermalm, 200_000, null));
		round.reject(farstaTwo);
		AllocationView fixed = round.as("handlaggare", () -> allocations.allocation(YEAR));
		assertThat(fixed.total()).isEqualTo(500_000);
		assertThat(fixed.violations()).isEmpty();
		assertThat(fixed.lines()).filteredOn(l -> l.applicationId().equals(sodermalm)).singleElement()
			.satisfies(l -> {
				assertThat(l.outcome()).isEqualTo(DecisionOutcome.PARTIALLY_GRANTED);
				assertThat(l.changedHere()).isTrue();
			});

		DocumentView first = round.as("handlaggare", () -> allocations.finalise(YEAR));
		assertThat(first.version()).isEqualTo(1);
		assertThat(first.content().grandTotal()).isEqualTo(500_000);
		List<UUID> attestants = identity.usersWithRole(Role.ATTESTANT).stream().map(Identity.UserSummary::id)
			.toList();
		round.as("handlaggare", () -> documents.sendForAttestation(first.id(), attestants));
		assertThat(round.as("socialdirektor", () -> documents.awaitingMyAttestation()))
			.extracting(DocumentSummary::id).contains(first.id());
		round.as("socialdirektor", () -> documents.attest(first.id()));
		assertThatThrownBy(() -> round.as("handlaggare",
				() -> documents.recordDecision(first.id(), new DecisionInput(LocalDate.now(), "§ 1", true, null))))
			.isInstanceOf(ViolationException.class);

		round.as("handlaggare", () -> allocations.changeAmount(YEAR, sodermalm, 150_000, null));
		DocumentView superseded = round.as("handlaggare", () -> documents.document(first.id()));
		assertThat(superseded.current()).isFalse();
		assertThat(superseded.attestations()).allSatisfy(a -> assertThat(a.voidedAt()).isNotNull());
		assertThat(superseded.content().grandTotal()).isEqualTo(500_000);

		DocumentView second = round.as("handlaggare", () -> allocations.finalise(YEAR));
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.content().grandTotal()).isEqualTo(450_000);
		round.as("handlaggare", () -> documents.sendForAttestation(second.id(), attestants));
		assertThatThrownBy(() -> round.as("socialdirektor", () -> documents.attest(first.id())))
			.isInstanceOf(NotFoundException.class);
		round.as("socialdirektor", () -> documents.attest(second.id()));
		round.as("avdelningschef", () -> documents.attest(second.id()));
		assertThat(round.as("handlaggare", () -> documents.document(second.id())).fullyAttested()).isTrue();

		DocumentView decided = round.as("handlaggare", () -> documents.recordDecision(second.id(),
				new DecisionInput(LocalDate.now(), "§ 12", true, null)));
		assertThat(decided.status()).isEqualTo(RoundStatus.DECIDED);
		assertThat(decided.decision().paragraph()).isEqualTo("§ 12");
		assertThat(audit.history("DecisionDocument", second.id())).extracting(e -> e.action())
			.contains("created", "sent-for-attestation", "attested", "decided");

		List<ApplicationOutcome> farsta = round.as("farsta", () -> outcomes.mine());
		assertThat(farsta).filteredOn(o -> o.applicationId().equals(farstaTwo)).singleElement().satisfies(o -> {
			assertThat(o.outcome()).isEqualTo(DecisionOutcome.REJECTED);
			assertThat(o.reason()).isEqualTo("Projektet bedöms inte uppfylla huvudkriteriet om nya arbetssätt/metoder.");
		});
		assertThat(farsta).extracting(ApplicationOutcome::applicationId).doesNotContain(sodermalm);
		assertThat(round.as("farsta", () -> outcomes.of(sodermalm))).isEmpty();
		assertThat(round.as("sodermalm", () -> outcomes.of(sodermalm))).get()
			.satisfies(o -> assertThat(o.amount()).isEqualTo(150_000));

		assertThatThrownBy(() -> round.as("handlaggare", () -> allocations.changeAmount(YEAR, sodermalm, 100_000, null)))
			.isInstanceOfSatisfying(ViolationException.class,
					e -> assertThat(TestTexts.swedish(e.violations().get(0))).contains("beslutad"));
		// a reassessment would change a decided allocation
		mvc.perform(put("/api/v1/assessments/" + farstaTwo).with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"criteria":[{"met":true,"motivation":"Omprövad"}],"priorityAreas":[],"recommendation":"GRANT"}"""))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void only_officers_allocate_and_only_named_attestants_read_a_document() throws Exception {
		assertThatThrownBy(() -> round.as("farsta", () -> allocations.allocation(2024)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> round.as("radsledamot", () -> allocations.allocation(2024)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> round.as("farsta", () -> documents.versions(2024)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> round.as("lasare", () -> outcomes.mine()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> round.as("handlaggare", () -> allocations.allocation(1990)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void the_2024_demo_round_allocates_what_seeds_002_proposes() {
		AllocationView view = round.as("handlaggare", () -> allocations.allocation(2024));
		assertThat(view.programmes()).extracting(ProgrammeTotal::programmeCode, ProgrammeTotal::allocated,
				ProgrammeTotal::requested)
			.containsExactly(tuple("LUM", 3_000_000L, 6_460_000L),
					tuple("MUL", 198_400L, 198_400L));
		assertThat(view.lines()).filteredOn(l -> l.outcome() == DecisionOutcome.REJECTED).hasSize(6);
		assertThat(view.lines()).filteredOn(l -> l.outcome() == DecisionOutcome.PARTIALLY_GRANTED).hasSize(3);
		assertThat(view.violations()).isEmpty();
	}
}
