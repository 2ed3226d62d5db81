package se.fuel.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class NoConflictOfInterestTest {

	final UUID farsta = UUID.randomUUID();

	final UUID sodermalm = UUID.randomUUID();

	@Test
	void refuses_a_member_whose_organisation_leads_the_application() {
		var v = NoConflictOfInterest.check("Rita Rådsledamot", farsta, farsta, Set.of());
		assertThat(v).isPresent();
		assertThat(v.get().rule()).isEqualTo(NoConflictOfInterest.RULE);
		assertThat(v.get().message().toString()).contains("Rita Rådsledamot").contains("jävig").contains("16–18");
	}

	@Test
	void refuses_a_member_whose_organisation_is_a_partner() {
		assertThat(NoConflictOfInterest.check("R", farsta, sodermalm, Set.of(farsta))).isPresent();
	}

	@Test
	void allows_a_member_of_an_uninvolved_organisation() {
		assertThat(NoConflictOfInterest.check("R", UUID.randomUUID(), sodermalm, Set.of(farsta))).isEmpty();
	}

	@Test
	void allows_a_member_without_organisation() {
		assertThat(NoConflictOfInterest.conflicted(null, sodermalm, Set.of())).isFalse();
	}
}
