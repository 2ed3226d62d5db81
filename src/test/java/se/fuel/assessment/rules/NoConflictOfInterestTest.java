package se.fuel.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;

class NoConflictOfInterestTest {

	final NoConflictOfInterest rule = new NoConflictOfInterest();

	final UUID farsta = UUID.randomUUID();

	final UUID sodermalm = UUID.randomUUID();

	@Test
	void refuses_a_member_whose_organisation_leads_the_application() {
		var v = rule.check(new NoConflictOfInterest.Candidate("Rita Rådsledamot", farsta, farsta, Set.of()));
		assertThat(v).isNotEmpty();
		assertThat(v.get(0).rule()).isEqualTo(NoConflictOfInterest.RULE);
		assertThat(TestTexts.swedish(v.get(0))).contains("Rita Rådsledamot").contains("jävig").contains("16–18");
	}

	@Test
	void refuses_a_member_whose_organisation_is_a_partner() {
		assertThat(rule.check(new NoConflictOfInterest.Candidate("R", farsta, sodermalm, Set.of(farsta)))).isNotEmpty();
	}

	@Test
	void allows_a_member_of_an_uninvolved_organisation() {
		assertThat(rule.check(new NoConflictOfInterest.Candidate("R", UUID.randomUUID(), sodermalm, Set.of(farsta)))).isEmpty();
	}

	@Test
	void allows_a_member_without_organisation() {
		assertThat(NoConflictOfInterest.conflicted(null, sodermalm, Set.of())).isFalse();
	}
}
