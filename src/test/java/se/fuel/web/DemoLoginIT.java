package se.fuel.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;

/** The README's tour starts here: a demo account signs in with the password "demo". */
@DemoDataTest
class DemoLoginIT {

	@Autowired
	MockMvc mvc;

	@Test
	void a_demo_user_logs_in_with_password_demo_and_sees_name_organisation_and_role() throws Exception {
		var session = mvc.perform(post("/login").param("username", "farsta").param("password", "demo").with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn().getRequest().getSession();
		mvc.perform(get("/").session((MockHttpSession) session))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Farsta")))
			.andExpect(content().string(Matchers.containsString("Sökande")));
	}
}
