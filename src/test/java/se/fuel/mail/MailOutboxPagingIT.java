package se.fuel.mail;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/** The outbox holds every mail Fuel ever sent: officers page through it and filter it by kind. */
@FuelIntegrationTest
class MailOutboxPagingIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestData data;

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	/**
	 * A mail kept only in the outbox, written straight into it: the paging is about many mails, not what sent them; and
	 * nobody can date a mail in the past. Old ones are dated long ago so that they never push newer mail off page 1.
	 */
	void mail(String kind, String subject, boolean old) {
		jdbc.update("""
				insert into mail_outbox (id, version, created_at, recipient_address, recipient_name, kind, subject,
				  body, status, attempts) values (?, 0, %s, 'x@test.example', 'X', ?, ?, 'Hej X',
				  'OUTBOX_ONLY', 0)""".formatted(old ? "timestamptz '2001-01-01 12:00+01'" : "now()"),
				UUID.randomUUID(), kind, subject);
	}

	@Test
	void the_filter_shows_only_mail_of_the_chosen_kind_on_the_page_and_in_the_api() throws Exception {
		String officer = data.officer();
		mail("REMINDER", "Påminnelse " + tag, false);
		mail("REPORT_APPROVED", "Godkänd " + tag, false);
		mvc.perform(get("/mail/outbox").param("kind", "REMINDER").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Påminnelse " + tag)))
			.andExpect(content().string(not(containsString("Godkänd " + tag))))
			.andExpect(content().string(containsString("<option value=\"REMINDER\" selected=\"selected\">")));
		mvc.perform(get("/mail/outbox").with(users.as(officer)))
			.andExpect(content().string(containsString("Påminnelse " + tag)))
			.andExpect(content().string(containsString("Godkänd " + tag)));
		mvc.perform(get("/api/v1/mail/outbox").param("kind", "REPORT_APPROVED").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].kind", everyItem(is("REPORT_APPROVED"))))
			.andExpect(jsonPath("$[*].subject", hasItem("Godkänd " + tag)))
			.andExpect(jsonPath("$[*].subject", not(hasItem("Påminnelse " + tag))));
		mvc.perform(get("/api/v1/mail/outbox").param("kind", "REMINDER").with(httpBasic(data.applicant(data.district()), TestData.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void more_than_fifty_mails_of_a_kind_are_paged_newest_first_with_links_that_keep_the_kind() throws Exception {
		for (int i = 0; i < 51; i++) {
			mail("SUBMISSION_RECEIPT", "Gammalt kvitto " + tag + " " + i, true);
		}
		mail("SUBMISSION_RECEIPT", "Nytt kvitto " + tag, false);
		String officer = data.officer();
		mvc.perform(get("/mail/outbox").param("kind", "SUBMISSION_RECEIPT").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nytt kvitto " + tag)))
			.andExpect(content().string(containsString("sida 1 av")))
			.andExpect(content().string(containsString("id=\"outbox-next\"")))
			.andExpect(content().string(containsString("href=\"/mail/outbox?kind=SUBMISSION_RECEIPT&amp;page=2\"")))
			.andExpect(content().string(not(containsString("id=\"outbox-previous\""))));
		mvc.perform(get("/mail/outbox").param("kind", "SUBMISSION_RECEIPT").param("page", "2")
			.with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sida 2 av")))
			.andExpect(content().string(containsString("id=\"outbox-previous\"")))
			.andExpect(content().string(not(containsString("Nytt kvitto " + tag))));
	}
}
