package se.fuel.applications.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.fuel.TestTexts;
import se.fuel.common.Text;
import se.fuel.calls.CallView;

class GrantsPerOrganisationCapTest {

	private final GrantsPerOrganisationCap rule = new GrantsPerOrganisationCap();

	private final CallView capThree = CallBuilder.lum2024().maxGrantsPerOrganisation(3).build();

	private static GrantsPerOrganisationCap.Count farsta(int grants, Integer cap) {
		return GrantsPerOrganisationCap.inAllocation(UUID.randomUUID(), "Farsta stadsdelsförvaltning",
				Text.of("decisions.capGroup.name", Text.of("decisions.capGroup.and", "LUM", "MUL"), "2027"), grants,
				cap);
	}

	private GrantsPerOrganisationCap.Count submitting(int others) {
		return GrantsPerOrganisationCap.atSubmission(CandidateBuilder.to(capThree).otherSubmissionsInCapGroup(others)
			.build());
	}

	@Test
	void says_nothing_about_a_first_submission() {
		assertThat(rule.check(submitting(0))).isEmpty();
	}

	@Test
	void says_nothing_about_a_third_submission_when_three_can_be_granted() {
		assertThat(rule.check(submitting(2))).isEmpty();
	}

	@Test
	void tells_the_applicant_of_a_fourth_submission_when_three_can_be_granted() {
		assertThat(rule.check(submitting(3))).singleElement().satisfies(violation -> {
			assertThat(violation.field()).isEqualTo("organisation");
			assertThat(violation.rule()).isEqualTo("grants-per-organisation-cap");
			assertThat(TestTexts.swedish(violation)).isEqualTo("Sökande förvaltning har med denna ansökan lämnat in "
					+ "4 ansökningar till årets utlysningar med gemensamt tak, men kan beviljas medel till högst 3 "
					+ "ansökningar per år. Ansökan kan lämnas in, men alla ansökningar kan inte beviljas.");
			assertThat(TestTexts.english(violation)).contains("4 applications").contains("at most 3");
		});
	}

	@Test
	void warns_but_does_not_block_a_fourth_submission() {
		var candidate = CandidateBuilder.to(capThree).otherSubmissionsInCapGroup(3).build();

		assertThat(EligibilityPolicies.all().check(candidate))
			.filteredOn(finding -> finding.violation().rule().equals(GrantsPerOrganisationCap.RULE))
			.singleElement()
			.satisfies(finding -> {
				assertThat(finding.blocks()).isFalse();
				assertThat(TestTexts.swedish(finding.violation())).startsWith("Sökande förvaltning har med denna ansökan "
						+ "lämnat in 4 ansökningar");
			});
	}

	@Test
	void says_nothing_when_the_call_has_no_cap() {
		CallView noCap = CallBuilder.lum2024().maxGrantsPerOrganisation(null).build();

		assertThat(rule.check(GrantsPerOrganisationCap.atSubmission(
				CandidateBuilder.to(noCap).otherSubmissionsInCapGroup(25).build()))).isEmpty();
	}

	@Test
	void allows_an_organisation_granted_as_many_as_the_cap_and_one_without_a_cap_any_number() {
		assertThat(rule.check(farsta(3, 3))).isEmpty();
		assertThat(rule.check(farsta(9, null))).isEmpty();
	}

	@Test
	void refuses_a_fourth_grant_for_the_same_administration_in_a_year_naming_the_administration() {
		assertThat(rule.check(farsta(4, 3))).singleElement().satisfies(violation -> {
			assertThat(violation.field()).startsWith("organisation-");
			assertThat(TestTexts.swedish(violation)).isEqualTo("Farsta stadsdelsförvaltning får 4 beviljade "
					+ "ansökningar, men högst 3 per förvaltning och år är tillåtet (LUM och MUL 2027).");
		});
	}
}
