package se.fuel.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestTexts;
import se.fuel.audit.AuditTrail;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.NotFoundException;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.decisions.OwnRounds.District;
import se.fuel.decisions.OwnRounds.Person;
import se.fuel.decisions.OwnRounds.Round;
import se.fuel.decisions.document.PdfAValidation;
import se.fuel.documents.PdfSignatures;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * A whole round through the facades, on a round of the test's own: over budget and over the cap refused, fixed,
 * finalised, attested, changed (new version, attestations void), attested again (the archived PDF signed), decided;
 * outcomes for the applicant.
 */
@FuelIntegrationTest
class DecisionRoundIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	Allocations allocations;

	@Autowired
	DecisionDocuments documents;

	@Autowired
	Outcomes outcomes;

	@Autowired
	AuditTrail audit;

	OwnRounds rounds() {
		return new OwnRounds(context);
	}

	@Test
	void a_round_is_refused_over_budget_and_cap_then_finalised_attested_versioned_and_decided() throws Exception {
		var rounds = rounds();
		Round round = rounds.round(500_000, 1);
		int year = round.year();
		String officer = round.officer();
		District farsta = round.first();
		District sodermalm = round.second();
		UUID farstaOne = rounds.submitted(round, farsta, "Farsta första", 300_000);
		UUID farstaTwo = rounds.submitted(round, farsta, "Farsta andra", 200_000);
		UUID sodermalmApp = rounds.submitted(round, sodermalm, "Södermalm", 300_000);

		AllocationView unassessed = rounds.as(officer, () -> allocations.allocation(year));
		assertThat(unassessed.violations()).extracting(Violation::rule).containsOnly("assessed");

		cycle.recommendGrant(farstaOne);
		cycle.recommendGrant(farstaTwo);
		cycle.recommendGrant(sodermalmApp);
		AllocationView over = rounds.as(officer, () -> allocations.allocation(year));
		assertThat(over.total()).isEqualTo(800_000);
		assertThat(over.programmes().get(0).overBudget()).isTrue();
		assertThatThrownBy(() -> rounds.as(officer, () -> allocations.finalise(year)))
			.isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
				.extracting((Violation v) -> TestTexts.swedish(v))
				.anySatisfy(m -> assertThat(m).contains("300\u00A0000\u00A0kronor över budgeten på 500\u00A0000\u00A0kronor"))
				.anySatisfy(m -> assertThat(m).startsWith(farsta.name()).contains("får 2 beviljade").contains("högst 1")));

		assertThatThrownBy(() -> rounds.as(officer, () -> allocations.changeAmount(year, sodermalmApp, 400_000, null)))
			.isInstanceOfSatisfying(ViolationException.class,
					e -> assertThat(e.violations().get(0).rule()).isEqualTo("range"));
		rounds.as(officer, () -> allocations.changeAmount(year, sodermalmApp, 200_000, null));
		cycle.recommendRejection(farstaTwo);
		AllocationView fixed = rounds.as(officer, () -> allocations.allocation(year));
		assertThat(fixed.total()).isEqualTo(500_000);
		assertThat(fixed.violations()).isEmpty();
		assertThat(fixed.lines()).filteredOn(l -> l.applicationId().equals(sodermalmApp)).singleElement()
			.satisfies(l -> {
				assertThat(l.outcome()).isEqualTo(DecisionOutcome.PARTIALLY_GRANTED);
				assertThat(l.changedHere()).isTrue();
			});

		DocumentView first = rounds.as(officer, () -> allocations.finalise(year));
		assertThat(first.version()).isEqualTo(1);
		assertThat(first.content().grandTotal()).isEqualTo(500_000);
		Person director = rounds.attestant();
		Person head = rounds.attestant();
		List<UUID> attestants = OwnRounds.ids(director, head);
		rounds.as(officer, () -> documents.sendForAttestation(first.id(), attestants));
		assertThat(rounds.as(director.username(), () -> documents.awaitingMyAttestation()))
			.extracting(DocumentSummary::id).contains(first.id());
		rounds.as(director.username(), () -> documents.attest(first.id()));
		assertThatThrownBy(() -> rounds.as(officer,
				() -> documents.recordDecision(first.id(), new DecisionInput(LocalDate.now(), "§ 1", true, null))))
			.isInstanceOf(ViolationException.class);

		rounds.as(officer, () -> allocations.changeAmount(year, sodermalmApp, 150_000, null));
		DocumentView superseded = rounds.as(officer, () -> documents.document(first.id()));
		assertThat(superseded.current()).isFalse();
		assertThat(superseded.attestations()).allSatisfy(a -> assertThat(a.voidedAt()).isNotNull());
		assertThat(superseded.content().grandTotal()).isEqualTo(500_000);

		DocumentView second = rounds.as(officer, () -> allocations.finalise(year));
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.content().grandTotal()).isEqualTo(450_000);
		rounds.as(officer, () -> documents.sendForAttestation(second.id(), attestants));
		assertThatThrownBy(() -> rounds.as(director.username(), () -> documents.attest(first.id())))
			.isInstanceOf(NotFoundException.class);
		rounds.as(director.username(), () -> documents.attest(second.id()));
		rounds.as(head.username(), () -> documents.attest(second.id()));
		assertThat(rounds.as(officer, () -> documents.document(second.id())).fullyAttested()).isTrue();
		byte[] archived = mvc.perform(get("/api/v1/decision-documents/" + second.id() + "/pdf")
			.with(httpBasic(officer, TestData.PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		var certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(rounds.as(officer, () -> documents.signingCertificate()).der()));
		PdfSignatures.assertSignedOnceBy(archived, certificate);
		PdfAValidation.assertPdfA2b(archived);
		assertThat(rounds.as(director.username(), () -> documents.pdf(second.id())))
			.as("the archived copy, not a new signature").isEqualTo(archived);

		DocumentView decided = rounds.as(officer, () -> documents.recordDecision(second.id(),
				new DecisionInput(LocalDate.now(), "§ 12", true, null)));
		assertThat(decided.status()).isEqualTo(RoundStatus.DECIDED);
		assertThat(decided.decision().paragraph()).isEqualTo("§ 12");
		assertThat(audit.history("DecisionDocument", second.id())).extracting(e -> e.action())
			.contains("created", "sent-for-attestation", "attested", "signed", "decided");

		List<ApplicationOutcome> farstas = rounds.as(farsta.applicant(), () -> outcomes.mine());
		assertThat(farstas).filteredOn(o -> o.applicationId().equals(farstaTwo)).singleElement().satisfies(o -> {
			assertThat(o.outcome()).isEqualTo(DecisionOutcome.REJECTED);
			assertThat(o.reason()).isEqualTo("Projektet bedöms inte uppfylla huvudkriteriet om nya arbetssätt/metoder.");
		});
		assertThat(farstas).extracting(ApplicationOutcome::applicationId).doesNotContain(sodermalmApp);
		assertThat(rounds.as(farsta.applicant(), () -> outcomes.of(sodermalmApp))).isEmpty();
		assertThat(rounds.as(sodermalm.applicant(), () -> outcomes.of(sodermalmApp))).get()
			.satisfies(o -> assertThat(o.amount()).isEqualTo(150_000));

		assertThatThrownBy(() -> rounds.as(officer, () -> allocations.changeAmount(year, sodermalmApp, 100_000, null)))
			.isInstanceOfSatisfying(ViolationException.class,
					e -> assertThat(TestTexts.swedish(e.violations().get(0))).contains("beslutad"));
		// a reassessment would change a decided allocation
		mvc.perform(put("/api/v1/assessments/" + farstaTwo).with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"criteria":[{"met":true,"motivation":"Omprövad"}],"priorityAreas":[],"recommendation":"GRANT"}"""))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void only_officers_allocate_and_only_named_attestants_read_a_document() throws Exception {
		var rounds = rounds();
		var assessed = rounds.assessed(1_000_000);
		int year = assessed.year();
		String applicant = assessed.round().first().applicant();
		String member = data.council(assessed.round().second().id());
		assertThatThrownBy(() -> rounds.as(applicant, () -> allocations.allocation(year)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> rounds.as(member, () -> allocations.allocation(year)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> rounds.as(applicant, () -> documents.versions(year)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> rounds.as(data.reader(), () -> outcomes.mine()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> rounds.as(assessed.officer(), () -> allocations.allocation(1990)))
			.isInstanceOf(NotFoundException.class);
	}
}
