package se.fuel.applications.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.fuel.calls.CallView;

class GrantsPerOrganisationCapTest {

	private final GrantsPerOrganisationCap policy = new GrantsPerOrganisationCap();

	private final CallView capThree = CallBuilder.lum2024().maxGrantsPerOrganisation(3).build();

	@Test
	void says_nothing_about_a_first_submission() {
		assertThat(policy.check(CandidateBuilder.to(capThree).otherSubmissionsInCapGroup(0).build())).isEmpty();
	}

	@Test
	void says_nothing_about_a_third_submission_when_three_can_be_granted() {
		assertThat(policy.check(CandidateBuilder.to(capThree).otherSubmissionsInCapGroup(2).build())).isEmpty();
	}

	@Test
	void warns_but_does_not_block_a_fourth_submission_when_three_can_be_granted() {
		var candidate = CandidateBuilder.to(capThree).otherSubmissionsInCapGroup(3).build();

		assertThat(policy.check(candidate)).singleElement().satisfies(finding -> {
			assertThat(finding.blocks()).isFalse();
			assertThat(finding.severity()).isEqualTo(Finding.Severity.WARNING);
			assertThat(finding.violation().field()).isEqualTo("organisation");
			assertThat(finding.violation().rule()).isEqualTo("grants-per-organisation-cap");
			assertThat(finding.violation().message().toString()).isEqualTo("Sökande förvaltning har med denna ansökan lämnat in "
					+ "4 ansökningar till årets utlysningar med gemensamt tak, men kan beviljas medel till högst 3 "
					+ "ansökningar per år. Ansökan kan lämnas in, men alla ansökningar kan inte beviljas.");
		});
	}

	@Test
	void says_nothing_when_the_call_has_no_cap() {
		CallView noCap = CallBuilder.lum2024().maxGrantsPerOrganisation(null).build();

		assertThat(policy.check(CandidateBuilder.to(noCap).otherSubmissionsInCapGroup(25).build())).isEmpty();
	}
}
