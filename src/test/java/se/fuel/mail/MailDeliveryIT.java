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
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.calls.Calls;
import se.fuel.mail.MailDelivery;
import tools.jackson.databind.json.JsonMapper;

/** Mail goes out through a real SMTP server (GreenMail on the test profile's port 3025). */
@DemoDataTest
class MailDeliveryIT {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

	@Autowired
	MockMvc mvc;

	@Autowired
	Calls calls;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MailDelivery delivery;

	@Autowired
	TestUsers users;

	String submitAs(String username, String title) throws Exception {
		var call = calls.all().stream().filter(c -> c.programmeCode().equals("LUM") && c.year() == 2027).findFirst()
			.orElseThrow();
		String body = """
				{"callId":"%s","title":"%s","contactName":"Fatima","contactEmail":"fatima@farsta.example",
				 "targetGroup":"Unga","problem":"Problem","goals":"Mål","method":"Metod","implementationPlan":"Plan",
				 "genderAnalysis":"Analys", "requestedAmount":100000,"budgetLines":[{"description":"Lön","amount":100000}],
				 "priorityAreas":[], "startDate":"2027-02-01","endDate":"2027-11-30"}""".formatted(call.id(), title);
		String created = mvc.perform(post("/api/v1/applications").with(httpBasic(username, "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String id = json.readTree(created).get("id").asString();
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(httpBasic(username, "demo")))
			.andExpect(status().isOk());
		return id;
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
		String id = submitAs("farsta", "Kvittoprojekt " + UUID.randomUUID());
		assertThat(outbox(id, "SUBMISSION_RECEIPT", "status")).containsExactly("PENDING");

		deliverUntilSent(id, "SUBMISSION_RECEIPT");
		greenMail.waitForIncomingEmail(10_000, 1);

		String subject = outbox(id, "SUBMISSION_RECEIPT", "subject").get(0);
		assertThat(subject).matches("Ansökan mottagen: FoU 2027/\\d{4}");
		String registration = subject.substring("Ansökan mottagen: ".length());
		MimeMessage receipt = Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> subject(m).equals(subject))
			.filter(m -> to(m).contains("farsta@demo.fuel.stockholm.se"))
			.findFirst().orElseThrow();
		assertThat(GreenMailUtil.getBody(receipt)).contains("Vi har tagit emot", "100");
		assertThat(outbox(id, "SUBMISSION_RECEIPT", "status")).containsExactly("SENT");

		mvc.perform(post("/api/v1/applications/" + id + "/return").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"Komplettera budgeten, tack\"}"))
			.andExpect(status().isOk());
		assertThat(outbox(id, "RETURNED_FOR_COMPLETION", "recipient_address"))
			.contains("farsta@demo.fuel.stockholm.se");
		deliverUntilSent(id, "RETURNED_FOR_COMPLETION");
		greenMail.waitForIncomingEmail(10_000, 2);
		MimeMessage returned = Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> subject(m).equals("Komplettera ansökan " + registration))
			.filter(m -> to(m).contains("farsta@demo.fuel.stockholm.se"))
			.findFirst().orElseThrow();
		assertThat(GreenMailUtil.getBody(returned)).contains("Komplettera budgeten, tack");
	}

	@Test
	void a_user_who_unticked_receipts_gets_no_receipt_in_the_outbox() throws Exception {
		mvc.perform(post("/account/mail").with(users.as("sodermalm")).with(csrf())
			.param("kinds", "DECISION_OUTCOME", "RETURNED_FOR_COMPLETION"))
			.andExpect(status().is3xxRedirection());
		try {
			String id = submitAs("sodermalm", "Utan kvitto " + UUID.randomUUID());
			assertThat(outbox(id, "SUBMISSION_RECEIPT", "status")).isEmpty();
		}
		finally {
			mvc.perform(post("/account/mail").with(users.as("sodermalm")).with(csrf())
				.param("kinds", Arrays.stream(MailKind.values()).map(Enum::name).toArray(String[]::new)));
		}
		String id = submitAs("sodermalm", "Med kvitto " + UUID.randomUUID());
		assertThat(outbox(id, "SUBMISSION_RECEIPT", "status")).hasSize(1);
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
