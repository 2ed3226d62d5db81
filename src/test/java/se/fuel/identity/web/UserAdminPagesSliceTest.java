package se.fuel.identity.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.SliceSignIn;
import se.fuel.WebSliceTest;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.identity.UserAdministration;

/** The administration pages are refused by the security rules on their addresses, before any controller runs. */
@WebSliceTest
class UserAdminPagesSliceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Identity identity;

	@Autowired
	UserAdministration administration;

	@Test
	void everyRoleButTheAdministratorIsRefusedTheAccountList() throws Exception {
		for (Role role : List.of(Role.APPLICANT, Role.OFFICER, Role.COUNCIL, Role.ATTESTANT, Role.READER)) {
			mvc.perform(get("/admin/users").with(SliceSignIn.as(identity, role))).andExpect(status().isForbidden());
		}

		then(administration).shouldHaveNoInteractions();
	}

	@Test
	void theAdministratorSeesTheAccountList() throws Exception {
		given(administration.list()).willReturn(List.of());

		mvc.perform(get("/admin/users").with(SliceSignIn.as(identity, Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/users"));
	}
}
