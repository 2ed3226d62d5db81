package se.fuel.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import se.fuel.PersistenceSliceTest;
import se.fuel.mail.MailKind;
import se.fuel.mail.MailStatus;

@PersistenceSliceTest
class OutboxRepositorySliceTest {

	/** Long before anything another test writes, so that these mails are the oldest the queries see. */
	private static final Instant LONG_AGO = Instant.parse("2001-01-01T08:00:00Z");

	@Autowired
	OutboxRepository outbox;

	@Test
	void dueMailComesOldestFirstAndOnlyUpToTheLimit() {
		var second = mail(LONG_AGO.plusSeconds(60), true);
		var first = mail(LONG_AGO, true);
		var third = mail(LONG_AGO.plusSeconds(120), true);
		outbox.saveAllAndFlush(List.of(second, first, third));

		assertThat(outbox.due(List.of(MailStatus.PENDING), 5, Limit.of(2))).containsExactly(first.id(),
				second.id());
	}

	@Test
	void mailThatUsedUpItsAttemptsOrIsNotToBeDeliveredIsNotDue() {
		var pending = mail(LONG_AGO, true);
		var tried = mail(LONG_AGO.plusSeconds(1), true);
		tried.failed("refused");
		var outboxOnly = mail(LONG_AGO.plusSeconds(3), false);
		outbox.saveAllAndFlush(List.of(pending, tried, outboxOnly));

		var due = outbox.due(List.of(MailStatus.PENDING, MailStatus.FAILED), 1, Limit.of(100));

		assertThat(due).contains(pending.id()).doesNotContain(tried.id(), outboxOnly.id());
	}

	@Test
	void aUsersMailIsFoundByRecipientAndAKindsMailPageByPage() {
		UUID recipient = UUID.randomUUID();
		var mails = List.of(mail(LONG_AGO, recipient), mail(LONG_AGO.plusSeconds(1), recipient),
				mail(LONG_AGO.plusSeconds(2), recipient));
		outbox.saveAllAndFlush(mails);

		assertThat(outbox.findByRecipientUserId(recipient)).extracting(OutboxMail::id)
			.containsExactlyInAnyOrderElementsOf(mails.stream().map(OutboxMail::id).toList());
		var firstPage = outbox.findByKind(MailKind.KNOWLEDGE_PUBLISHED,
				PageRequest.of(0, 2, Sort.by("createdAt")));
		assertThat(firstPage.getContent()).extracting(OutboxMail::id)
			.containsExactly(mails.get(0).id(), mails.get(1).id());
		assertThat(firstPage.getTotalElements()).isGreaterThanOrEqualTo(3);
	}

	private static OutboxMail mail(Instant createdAt, boolean deliverable) {
		return new OutboxMail(createdAt, null, "someone@example.org", "Someone", MailKind.KNOWLEDGE_PUBLISHED, "Subject",
				"Body", null, null, deliverable);
	}

	private static OutboxMail mail(Instant createdAt, UUID recipient) {
		return new OutboxMail(createdAt, recipient, "someone@example.org", "Someone", MailKind.KNOWLEDGE_PUBLISHED,
				"Subject", "Body", null, null, true);
	}
}
