package se.fuel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;

class OwnOrganisationOnlyTest {

	static final UUID FARSTA = UUID.randomUUID();

	static final UUID RINKEBY = UUID.randomUUID();

	static CurrentUser user(Role role, UUID organisation) {
		return new CurrentUser(UUID.randomUUID(), "u", "U", role, organisation);
	}

	@Test
	void an_applicant_sees_its_own_organisations_records() {
		assertThat(OwnOrganisationOnly.exceptOfficers(user(Role.APPLICANT, FARSTA)).sees(FARSTA)).isTrue();
	}

	@Test
	void an_applicant_does_not_see_another_organisations_records_and_is_told_why() {
		var policy = OwnOrganisationOnly.exceptOfficers(user(Role.APPLICANT, FARSTA));
		assertThat(policy.sees(RINKEBY)).isFalse();
		assertThat(policy.check(RINKEBY)).singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v)).isNotBlank());
	}

	@Test
	void an_officer_sees_every_organisations_records() {
		var policy = OwnOrganisationOnly.exceptOfficers(user(Role.OFFICER, FARSTA));
		assertThat(policy.restricts()).isFalse();
		assertThat(policy.sees(RINKEBY)).isTrue();
	}

	@Test
	void a_partner_sees_a_record_it_takes_part_in() {
		assertThat(OwnOrganisationOnly.exceptOfficers(user(Role.APPLICANT, FARSTA)).seesAny(List.of(RINKEBY, FARSTA)))
			.isTrue();
	}

	@Test
	void in_published_figures_only_applicants_are_restricted() {
		assertThat(OwnOrganisationOnly.forApplicants(user(Role.READER, FARSTA)).sees(RINKEBY)).isTrue();
		assertThat(OwnOrganisationOnly.forApplicants(user(Role.APPLICANT, FARSTA)).sees(RINKEBY)).isFalse();
	}

	@Test
	void in_published_figures_an_applicant_sees_its_own_organisations_figures_only() {
		var policy = OwnOrganisationOnly.forApplicants(Role.APPLICANT, FARSTA);
		assertThat(policy.restricts()).isTrue();
		assertThat(policy.sees(FARSTA)).isTrue();
		assertThat(policy.sees(RINKEBY)).isFalse();
	}

	@Test
	void in_published_figures_officers_administrators_readers_and_attestants_see_every_organisations() {
		for (Role role : new Role[] { Role.OFFICER, Role.ADMIN, Role.READER, Role.ATTESTANT }) {
			var policy = OwnOrganisationOnly.forApplicants(role, FARSTA);
			assertThat(policy.restricts()).as(role.name()).isFalse();
			assertThat(policy.sees(RINKEBY)).as(role.name()).isTrue();
		}
	}
}
