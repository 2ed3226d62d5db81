package se.fuel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.identity.Identity;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/** Mail goes out through a real SMTP server (GreenMail on this JVM's port, {@link TestSmtp}). */
@FuelIntegrationTest
class MailDeliveryIT {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	Identity identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MailDelivery delivery;

	@Autowired
	TestUsers users;

	/** Submits an application of the applicant to a call of a year of its own. */
	String submitAs(String username, String title, int year) throws Exception {
		return cycle.submitted(username, cycle.call(year), year, title, 100_000).toString();
	}

	String email(String username) {
		return data.as(username, () -> identity.user(identity.current().userId()).orElseThrow().email());
	}

	List<String> outbox(String applicationId, String kind, String column) {
		return jdbc.queryForList("select " + column + " from mail_outbox where related_id = ? and kind = ?",
				String.class, UUID.fromString(applicationId), kind);
	}

	/**
	 * Other tests leave mail waiting in the shared database (reminders, receipts that found no SMTP server), and a run
	 * sends at most a batch, so deliver until this application's mail of the kind has gone out.
	 */
	void deliverUntilSent(String applicationId, String kind) {
		for (int round = 0; round < 100 && !outbox(applicationId, kind, "status").stream().allMatch("SENT"::equals);
				round++) {
			delivery.deliverPending();
		}
	}

	@Test
	void a_submission_receipt_and_a_return_for_completion_arrive_by_smtp_and_are_marked_sent() throws Exception {
		String applicant = data.applicant(data.district());
		String address = email(applicant);
		int year = cycle.year();
		String id = submitAs(applicant, "Kvittoprojekt " + UUID.randomUUID(), year);
		assertThat(outbox(id, "SUBMISSION_RECEIPT", "status")).containsExactly("PENDING");

		deliverUntilSent(id, "SUBMISSION_RECEIPT");
		greenMail.waitForIncomingEmail(10_000, 1);

		String subject = outbox(id, "SUBMISSION_RECEIPT", "subject").get(0);
		assertThat(subject).matches("Ansökan mottagen: FoU " + year + "/\\d{4}");
		String registration = subject.substring("Ansökan mottagen: ".length());
		MimeMessage receipt = Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> subject(m).equals(subject))
			.filter(m -> to(m).contains(address))
			.findFirst().orElseThrow();
		assertThat(GreenMailUtil.getBody(receipt)).contains("Vi har tagit emot", "100");
		assertThat(outbox(id, "SUBMISSION_RECEIPT", "status")).containsExactly("SENT");

		mvc.perform(post("/api/v1/applications/" + id + "/return").with(httpBasic(cycle.officer(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"Komplettera budgeten, tack\"}"))
			.andExpect(status().isOk());
		assertThat(outbox(id, "RETURNED_FOR_COMPLETION", "recipient_address")).contains(address);
		deliverUntilSent(id, "RETURNED_FOR_COMPLETION");
		greenMail.waitForIncomingEmail(10_000, 2);
		MimeMessage returned = Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> subject(m).equals("Komplettera ansökan " + registration))
			.filter(m -> to(m).contains(address))
			.findFirst().orElseThrow();
		assertThat(GreenMailUtil.getBody(returned)).contains("Komplettera budgeten, tack");
	}

	@Test
	void a_user_who_unticked_receipts_gets_no_receipt_in_the_outbox() throws Exception {
		String applicant = data.applicant(data.district());
		mvc.perform(post("/account/mail").with(users.as(applicant)).with(csrf())
			.param("kinds", "DECISION_OUTCOME", "RETURNED_FOR_COMPLETION"))
			.andExpect(status().is3xxRedirection());
		String id = submitAs(applicant, "Utan kvitto " + UUID.randomUUID(), cycle.year());
		assertThat(outbox(id, "SUBMISSION_RECEIPT", "status")).isEmpty();
		mvc.perform(post("/account/mail").with(users.as(applicant)).with(csrf())
			.param("kinds", Arrays.stream(MailKind.values()).map(Enum::name).toArray(String[]::new)))
			.andExpect(status().is3xxRedirection());
		String again = submitAs(applicant, "Med kvitto " + UUID.randomUUID(), cycle.year());
		assertThat(outbox(again, "SUBMISSION_RECEIPT", "status")).hasSize(1);
	}

	static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static String to(MimeMessage m) {
		try {
			return Arrays.toString(m.getAllRecipients());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
