package se.fuel.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class LineageHasNoCyclesTests {

	final UUID rinkeby = UUID.randomUUID();

	final UUID rinkebyKista = UUID.randomUUID();

	final UUID jarva = UUID.randomUUID();

	final Map<UUID, String> names = Map.of(rinkeby, "Rinkeby", rinkebyKista, "Rinkeby-Kista", jarva, "Järva");

	final LineageHasNoCycles rule = new LineageHasNoCycles();

	@Test
	void accepts_a_successor_that_leads_forward_in_time() {
		var successors = Map.of(rinkebyKista, jarva);
		assertThat(rule.check(rinkeby, rinkebyKista, successors, names)).isEmpty();
	}

	@Test
	void refuses_to_let_todays_organisation_merge_into_one_of_its_own_predecessors() {
		var successors = Map.of(rinkeby, rinkebyKista, rinkebyKista, jarva);
		var violation = rule.check(jarva, rinkeby, successors, names);
		assertThat(violation).hasValueSatisfying(v -> {
			assertThat(v.field()).isEqualTo("successorId");
			assertThat(v.rule()).isEqualTo("lineage-no-cycle");
			assertThat(v.message().toString()).contains("Efterträdare").contains("Rinkeby → Rinkeby-Kista → Järva");
		});
	}

	@Test
	void refuses_a_two_step_loop_between_two_organisations() {
		var successors = Map.of(rinkebyKista, rinkeby);
		assertThat(rule.check(rinkeby, rinkebyKista, successors, names)).isPresent();
	}

	@Test
	void leaves_a_successor_that_is_the_organisation_itself_to_its_own_rule() {
		assertThat(rule.check(rinkeby, rinkeby, Map.of(), names)).isEmpty();
	}

	@Test
	void stops_at_an_existing_loop_that_does_not_pass_the_organisation() {
		var successors = Map.of(rinkebyKista, jarva, jarva, rinkebyKista);
		assertThat(rule.check(rinkeby, rinkebyKista, successors, names)).isEmpty();
	}
}
