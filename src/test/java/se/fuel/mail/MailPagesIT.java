package se.fuel.mail;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;

/** The outbox is the officers'; each user chooses only their own mail. */
@DemoDataTest
class MailPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	UUID anyMail() {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into mail_outbox (id, version, created_at, recipient_address, recipient_name, kind, subject,
				  body, status, attempts) values (?, 0, now(), 'x@demo.fuel.stockholm.se', 'X', 'REMINDER',
				  'Testbrev', 'Hej X, kroppen', 'OUTBOX_ONLY', 0)""", id);
		return id;
	}

	@Test
	void an_officer_sees_the_outbox_and_a_mail_with_its_body() throws Exception {
		UUID id = anyMail();
		mvc.perform(get("/mail/outbox").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Utkorg")))
			.andExpect(content().string(containsString("Endast i utkorgen")))
			.andExpect(content().string(containsString("/mail/outbox/" + id)));
		mvc.perform(get("/mail/outbox/" + id).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hej X, kroppen")));
		mvc.perform(get("/mail/outbox/" + UUID.randomUUID()).with(users.as("handlaggare")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/mail/outbox").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].subject").value("Testbrev"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "farsta", "radsledamot", "socialdirektor" })
	void others_are_refused_the_outbox(String username) throws Exception {
		UUID id = anyMail();
		mvc.perform(get("/mail/outbox").with(users.as(username))).andExpect(status().isForbidden());
		mvc.perform(get("/mail/outbox/" + id).with(users.as(username))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/mail/outbox").with(httpBasic(username, "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/").with(users.as(username)))
			.andExpect(content().string(not(containsString("href=\"/mail/outbox\""))))
			.andExpect(content().string(containsString("href=\"/account/mail\"")));
	}

	@Test
	void a_user_changes_only_their_own_choice_of_mail() throws Exception {
		mvc.perform(get("/account/mail").with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"REMINDER\" checked")));
		try {
			mvc.perform(post("/account/mail").with(users.as("lasare")).with(csrf()).param("kinds", "REMINDER"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(get("/account/mail").with(users.as("lasare")))
				.andExpect(content().string(containsString("value=\"REMINDER\" checked")))
				.andExpect(content().string(not(containsString("value=\"DECISION_OUTCOME\" checked"))));
			mvc.perform(get("/account/mail").with(users.as("avdelningschef")))
				.andExpect(content().string(containsString("value=\"DECISION_OUTCOME\" checked")));
		}
		finally {
			mvc.perform(post("/account/mail").with(users.as("lasare")).with(csrf())
				.param("kinds", Arrays.stream(MailKind.values()).map(Enum::name).toArray(String[]::new)));
		}
		mvc.perform(get("/account/mail")).andExpect(status().is3xxRedirection());
	}
}
