package se.fuel.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import se.fuel.DemoDataTest;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.CommitteeDecided;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.mail.Mail;
import se.fuel.mail.MailKind;
import se.fuel.mail.OutgoingMail;

/** The committee's decision reaches every applicant of the organisation, with outcome, amount, reason and paragraph. */
@DemoDataTest
class MailDecisionOutcomeIT {

	@Autowired
	MailListeners listeners;

	@Autowired
	Mail mail;

	@Autowired
	Identity identity;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void each_applicant_of_the_organisation_gets_the_outcome_with_amount_reason_date_and_paragraph() {
		var farsta = identity.usersWithRole(Role.APPLICANT).stream().filter(u -> u.username().equals("farsta"))
			.findFirst().orElseThrow();
		UUID applicationId = UUID.randomUUID();
		var outcome = new ApplicationOutcome(applicationId, UUID.randomUUID(), "FoU 2027/9999", "Testprojekt",
				"LUM", 2027, farsta.organisationId(), DecisionOutcome.PARTIALLY_GRANTED, 500_000, 300_000,
				"Budgeten för resor är för hög.", LocalDate.of(2027, 3, 18), "§ 12");
		transactions.executeWithoutResult(tx -> listeners.on(new CommitteeDecided(2027, UUID.randomUUID(),
				LocalDate.of(2027, 3, 18), "§ 12", List.of(outcome))));

		List<Map<String, Object>> rows = jdbc.queryForList(
				"select recipient_address, subject, body from mail_outbox where related_id = ? and kind = ?",
				applicationId, MailKind.DECISION_OUTCOME.name());
		assertThat(rows).extracting(r -> r.get("recipient_address")).contains("farsta@demo.fuel.stockholm.se");
		var body = (String) rows.get(0).get("body");
		assertThat((String) rows.get(0).get("subject")).isEqualTo("Beslut om ansökan FoU 2027/9999: Delvis beviljad");
		assertThat(body).contains("Delvis beviljad", se.fuel.common.SwedishFormat.kronor(300_000), "Budgeten för resor är för hög.", "§ 12",
				"FoU-handläggarna, Socialförvaltningen");
		// Nobody from another organisation is told.
		assertThat(rows).extracting(r -> r.get("recipient_address")).doesNotContain("sodermalm@demo.fuel.stockholm.se");
	}

	@Test
	void mail_is_only_stored_within_the_senders_transaction() {
		assertThatThrownBy(() -> mail.send(new OutgoingMail(null, "x@example.org", "X", MailKind.REMINDER, "Ämne",
				"Text", null, null)))
			.isInstanceOf(IllegalTransactionStateException.class);
	}
}
