package se.fuel.mail;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.identity.Role;
import se.fuel.testdata.TestData;

/** The outbox is the officers'; each user chooses only their own mail. */
@FuelIntegrationTest
class MailPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestData data;

	/** A mail written straight into the outbox: what it says matters here, not which of Fuel's acts sent it. */
	UUID anyMail() {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into mail_outbox (id, version, created_at, recipient_address, recipient_name, kind, subject,
				  body, status, attempts) values (?, 0, now(), 'x@test.example', 'X', 'REMINDER',
				  'Testbrev', 'Hej X, kroppen', 'OUTBOX_ONLY', 0)""", id);
		return id;
	}

	@Test
	void an_officer_sees_the_outbox_and_a_mail_with_its_body() throws Exception {
		UUID id = anyMail();
		String officer = data.officer();
		mvc.perform(get("/mail/outbox").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Utkorg")))
			.andExpect(content().string(containsString("Endast i utkorgen")))
			.andExpect(content().string(containsString("/mail/outbox/" + id)));
		mvc.perform(get("/mail/outbox/" + id).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hej X, kroppen")));
		mvc.perform(get("/mail/outbox/" + UUID.randomUUID()).with(users.as(officer)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/mail/outbox").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].subject").value("Testbrev"));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "APPLICANT", "COUNCIL", "ATTESTANT" })
	void others_are_refused_the_outbox(Role role) throws Exception {
		String username = role == Role.ATTESTANT ? data.attestant() : data.user(role, data.district());
		UUID id = anyMail();
		mvc.perform(get("/mail/outbox").with(users.as(username))).andExpect(status().isForbidden());
		mvc.perform(get("/mail/outbox/" + id).with(users.as(username))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/mail/outbox").with(httpBasic(username, TestData.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/").with(users.as(username)))
			.andExpect(content().string(not(containsString("href=\"/mail/outbox\""))))
			.andExpect(content().string(containsString("href=\"/account/mail\"")));
	}

	@Test
	void a_user_changes_only_their_own_choice_of_mail() throws Exception {
		String reader = data.reader();
		String attestant = data.attestant();
		mvc.perform(get("/account/mail").with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"REMINDER\" checked")));
		mvc.perform(post("/account/mail").with(users.as(reader)).with(csrf()).param("kinds", "REMINDER"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/account/mail").with(users.as(reader)))
			.andExpect(content().string(containsString("value=\"REMINDER\" checked")))
			.andExpect(content().string(not(containsString("value=\"DECISION_OUTCOME\" checked"))));
		mvc.perform(get("/account/mail").with(users.as(attestant)))
			.andExpect(content().string(containsString("value=\"DECISION_OUTCOME\" checked")));
		mvc.perform(get("/account/mail")).andExpect(status().is3xxRedirection());
	}

	@Test
	void a_user_chooses_their_own_mails_through_the_api() throws Exception {
		String council = data.council(data.district());
		String reader = data.reader();
		mvc.perform(put("/api/v1/account/mail").with(httpBasic(council, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"wanted\":[\"INGET_SLAG\"]}"))
			.andExpect(status().is4xxClientError());
		mvc.perform(put("/api/v1/account/mail").with(httpBasic(council, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"wanted\":[\"REMINDER\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.wanted", contains("REMINDER")));
		mvc.perform(get("/account/mail").with(users.as(council)))
			.andExpect(content().string(containsString("value=\"REMINDER\" checked")))
			.andExpect(content().string(not(containsString("value=\"DECISION_OUTCOME\" checked"))));
		mvc.perform(get("/api/v1/account/mail").with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(jsonPath("$.wanted.length()").value(MailKind.values().length));
		mvc.perform(get("/api/v1/account/mail")).andExpect(status().isUnauthorized());
	}
}
