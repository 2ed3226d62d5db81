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
import se.fuel.FuelIntegrationTest;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.CommitteeDecided;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.identity.Identity;
import se.fuel.mail.Mail;
import se.fuel.mail.MailKind;
import se.fuel.mail.OutgoingMail;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/** The committee's decision reaches every applicant of the organisation, with outcome, amount, reason and paragraph. */
@FuelIntegrationTest
class MailDecisionOutcomeIT {

	@Autowired
	MailListeners listeners;

	@Autowired
	Mail mail;

	@Autowired
	TestData data;

	@Autowired
	Identity identity;

	@Autowired
	FundCycle cycle;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void each_applicant_of_the_organisation_gets_the_outcome_with_amount_reason_date_and_paragraph() {
		UUID district = data.district();
		String first = data.applicant(district);
		String second = data.applicant(district);
		String stranger = data.applicant(data.district());
		int year = cycle.year();
		String registration = "FoU " + year + "/9999";
		UUID applicationId = UUID.randomUUID();
		LocalDate decided = LocalDate.of(year, 3, 18);
		var outcome = new ApplicationOutcome(applicationId, UUID.randomUUID(), registration, "Testprojekt", "LUM", year,
				district, DecisionOutcome.PARTIALLY_GRANTED, 500_000, 300_000, "Budgeten för resor är för hög.", decided,
				"§ 12");
		transactions.executeWithoutResult(tx -> listeners.on(new CommitteeDecided(year, UUID.randomUUID(), decided,
				"§ 12", List.of(outcome))));

		List<Map<String, Object>> rows = jdbc.queryForList(
				"select recipient_address, subject, body from mail_outbox where related_id = ? and kind = ?",
				applicationId, MailKind.DECISION_OUTCOME.name());
		assertThat(rows).extracting(r -> r.get("recipient_address")).contains(email(first), email(second));
		var body = (String) rows.get(0).get("body");
		assertThat((String) rows.get(0).get("subject")).isEqualTo("Beslut om ansökan " + registration + ": Delvis beviljad");
		assertThat(body).contains("Delvis beviljad", se.fuel.common.SwedishFormat.kronor(300_000),
				"Budgeten för resor är för hög.", "§ 12", "FoU-handläggarna, Socialförvaltningen");
		// Nobody from another organisation is told.
		assertThat(rows).extracting(r -> r.get("recipient_address")).doesNotContain(email(stranger));
	}

	private String email(String username) {
		return data.as(username, () -> identity.user(identity.current().userId()).orElseThrow().email());
	}

	@Test
	void mail_is_only_stored_within_the_senders_transaction() {
		assertThatThrownBy(() -> mail.send(new OutgoingMail(null, "x@example.org", "X", MailKind.REMINDER, "Ämne",
				"Text", null, null)))
			.isInstanceOf(IllegalTransactionStateException.class);
	}
}
