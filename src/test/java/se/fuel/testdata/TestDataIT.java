package se.fuel.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

@FuelIntegrationTest
class TestDataIT {

	@Autowired
	TestData data;

	@Autowired
	Identity identity;

	@Autowired
	MockMvc mvc;

	@Autowired
	FundCycle cycle;

	@Test
	void anApplicantOfANewDistrictActsForThatDistrict() {
		var district = data.district();
		String applicant = data.applicant(district);

		var user = data.as(applicant, identity::current);

		assertThat(user.role()).isEqualTo(Role.APPLICANT);
		assertThat(user.organisationId()).isEqualTo(district);
	}

	@Test
	void twoDistrictsAndTwoAccountsNeverShareANameOrCode() {
		assertThat(data.district()).isNotEqualTo(data.district());
		assertThat(data.officer()).isNotEqualTo(data.officer());
	}

	@Test
	void aNewAccountSignsInWithTheTestPassword() throws Exception {
		String reader = data.reader();

		mvc.perform(get("/api/v1/organisations").with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").exists());
	}

	@Test
	void theDatabaseHasNoDemoAccounts() {
		assertThat(identity.usersWithRole(Role.OFFICER)).noneMatch(u -> u.username().equals("handlaggare"));
	}

	@Test
	void aGrantedProjectOfItsOwnHasAGrantOfTheRequestedAmount() throws Exception {
		var granted = cycle.granted("Egen väg genom fondcykeln", 150_000);

		assertThat(granted.grant().amount()).isEqualTo(150_000);
		assertThat(granted.grant().organisationId()).isEqualTo(granted.districtId());
	}
}
