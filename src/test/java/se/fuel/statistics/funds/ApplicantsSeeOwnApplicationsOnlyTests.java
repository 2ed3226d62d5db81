package se.fuel.statistics.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.fuel.identity.Role;

class ApplicantsSeeOwnApplicationsOnlyTests {

	static final UUID FARSTA = UUID.randomUUID();

	static final UUID SODERMALM = UUID.randomUUID();

	@Test
	void an_applicant_sees_its_own_organisations_applications() {
		var rule = ApplicantsSeeOwnApplicationsOnly.forReader(Role.APPLICANT, FARSTA);
		assertThat(rule.restricts()).isTrue();
		assertThat(rule.sees(FARSTA)).isTrue();
	}

	@Test
	void an_applicant_does_not_see_another_organisations_applications() {
		assertThat(ApplicantsSeeOwnApplicationsOnly.forReader(Role.APPLICANT, FARSTA).sees(SODERMALM)).isFalse();
	}

	@Test
	void officers_readers_and_attestants_see_every_organisations_applications() {
		for (Role role : new Role[] { Role.OFFICER, Role.ADMIN, Role.READER, Role.ATTESTANT }) {
			var rule = ApplicantsSeeOwnApplicationsOnly.forReader(role, FARSTA);
			assertThat(rule.restricts()).as(role.name()).isFalse();
			assertThat(rule.sees(SODERMALM)).as(role.name()).isTrue();
		}
	}
}
