package se.fuel.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.common.Violation;
import se.fuel.organisations.OrganisationInput;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.Succession;

class LineageHasNoCyclesTests {

	final UUID rinkeby = UUID.randomUUID();

	final UUID rinkebyKista = UUID.randomUUID();

	final UUID jarva = UUID.randomUUID();

	final Map<UUID, String> names = Map.of(rinkeby, "Rinkeby", rinkebyKista, "Rinkeby-Kista", jarva, "Järva");

	final LineageHasNoCycles rule = new LineageHasNoCycles();

	/** The violations of {@code self} being given {@code successor}, in a register linked by {@code successors}. */
	List<Violation> check(UUID self, UUID successor, Map<UUID, UUID> successors) {
		var input = new OrganisationInput("kod", "Namn", OrganisationKind.DISTRICT, null, null,
				LocalDate.of(2020, 12, 31), successor, Succession.MERGED_INTO, null);
		return rule.check(new OrganisationCandidate(self, input, Map.of(), names, Map.of(), successors));
	}

	@Test
	void accepts_a_successor_that_leads_forward_in_time() {
		var successors = Map.of(rinkebyKista, jarva);
		assertThat(check(rinkeby, rinkebyKista, successors)).isEmpty();
	}

	@Test
	void refuses_to_let_todays_organisation_merge_into_one_of_its_own_predecessors() {
		var successors = Map.of(rinkeby, rinkebyKista, rinkebyKista, jarva);
		var violation = check(jarva, rinkeby, successors);
		assertThat(violation).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("successorId");
			assertThat(v.rule()).isEqualTo("lineage-no-cycle");
			assertThat(TestTexts.swedish(v)).contains("Efterträdare").contains("Rinkeby → Rinkeby-Kista → Järva");
		});
	}

	@Test
	void refuses_a_two_step_loop_between_two_organisations() {
		var successors = Map.of(rinkebyKista, rinkeby);
		assertThat(check(rinkeby, rinkebyKista, successors)).isNotEmpty();
	}

	@Test
	void leaves_a_successor_that_is_the_organisation_itself_to_its_own_rule() {
		assertThat(check(rinkeby, rinkeby, Map.of())).isEmpty();
	}

	@Test
	void stops_at_an_existing_loop_that_does_not_pass_the_organisation() {
		var successors = Map.of(rinkebyKista, jarva, jarva, rinkebyKista);
		assertThat(check(rinkeby, rinkebyKista, successors)).isEmpty();
	}
}
