package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.decisions.Allocations;
import se.fuel.decisions.DecisionDocuments;
import se.fuel.decisions.DecisionInput;
import se.fuel.decisions.DocumentView;
import se.fuel.decisions.RoundFixture;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/** A real round decided through the decisions module's facade creates the grants; a year no other test uses. */
@DemoDataTest
class GrantsFromDecisionIT {

	static final int YEAR = 2043;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Allocations allocations;

	@Autowired
	DecisionDocuments documents;

	@Autowired
	Identity identity;

	@Autowired
	Grants grants;

	@Test
	void recording_the_committees_decision_creates_the_grants_of_the_granted_and_partly_granted_applications()
			throws Exception {
		var round = new RoundFixture(mvc, userDetails);
		UUID call = round.lumCall(YEAR, 1_000_000, 3);
		UUID granted = round.submitted("farsta", call, YEAR, "Farsta beviljas " + YEAR, 300_000);
		UUID partial = round.submitted("farsta", call, YEAR, "Farsta delvis " + YEAR, 250_000);
		UUID rejected = round.submitted("sodermalm", call, YEAR, "Södermalm avslås " + YEAR, 200_000);
		round.grant(granted);
		round.grant(partial);
		round.reject(rejected);
		round.as("handlaggare", () -> allocations.changeAmount(YEAR, partial, 100_000, null));
		DocumentView document = round.as("handlaggare", () -> allocations.finalise(YEAR));
		List<UUID> attestants = identity.usersWithRole(Role.ATTESTANT).stream()
			.filter(u -> List.of("socialdirektor", "avdelningschef").contains(u.username()))
			.map(Identity.UserSummary::id)
			.toList();
		round.as("handlaggare", () -> documents.sendForAttestation(document.id(), attestants));
		round.as("socialdirektor", () -> documents.attest(document.id()));
		round.as("avdelningschef", () -> documents.attest(document.id()));
		LocalDate today = LocalDate.now(se.fuel.common.SwedishFormat.ZONE);
		round.as("handlaggare", () -> documents.recordDecision(document.id(), new DecisionInput(today, "§ 9", true, null)));

		List<GrantView> decided = round.as("handlaggare", () -> grants.ofYear(YEAR));
		assertThat(decided).extracting(GrantView::applicationId).containsExactlyInAnyOrder(granted, partial);
		assertThat(decided).allSatisfy(g -> {
			assertThat(g.periodStart()).isEqualTo(LocalDate.of(YEAR, 1, 1));
			assertThat(g.periodEnd()).isEqualTo(LocalDate.of(YEAR, 12, 31));
			assertThat(g.reportDueDate()).isEqualTo(LocalDate.of(YEAR + 1, 2, 28));
			assertThat(g.decidedOn()).isEqualTo(today);
			assertThat(g.paragraph()).isEqualTo("§ 9");
			assertThat(g.status()).isEqualTo(GrantStatus.GRANTED);
			assertThat(g.callId()).isEqualTo(call);
			assertThat(g.registrationNumber()).isNotBlank();
			assertThat(g.targetGroup()).isEqualTo("Unga");
			assertThat(g.purpose()).isEqualTo("Mål");
			assertThat(g.historical()).isFalse();
			assertThat(g.organisationName()).isNotBlank();
		});
		assertThat(decided).filteredOn(g -> g.applicationId().equals(partial)).singleElement()
			.satisfies(g -> assertThat(g.amount()).isEqualTo(100_000));
		assertThat(decided).filteredOn(g -> g.applicationId().equals(granted)).singleElement()
			.satisfies(g -> assertThat(g.amount()).isEqualTo(300_000));

		assertThat(round.as("farsta", () -> grants.visible(YEAR))).hasSize(2);
		assertThat(round.as("sodermalm", () -> grants.visible(YEAR))).isEmpty();
	}
}
