package se.fuel.mail.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import se.fuel.mail.MailDelivery;
import se.fuel.mail.MailStatus;

/**
 * Sends the outbox's pending (and failed, a few times) mails over SMTP. Each mail is sent in its own transaction
 * holding its row locked, so two nodes (or a test and the scheduler) never send the same mail twice.
 */
@Component
class SmtpDelivery implements MailDelivery {

	static final int MAX_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(SmtpDelivery.class);

	private final OutboxRepository outbox;

	private final ObjectProvider<JavaMailSender> sender;

	private final TransactionTemplate transactions;

	private final String from;

	private final boolean smtpConfigured;

	private final Clock clock;

	SmtpDelivery(OutboxRepository outbox, ObjectProvider<JavaMailSender> sender, TransactionTemplate transactions,
			@Value("${fuel.mail.from:fou@demo.fuel.stockholm.se}") String from,
			@Value("${spring.mail.host:}") String smtpHost, Clock clock) {
		this.clock = clock;
		this.outbox = outbox;
		this.sender = sender;
		this.transactions = transactions;
		this.from = from;
		this.smtpConfigured = StringUtils.hasText(smtpHost);
	}

	@Override
	public int deliverPending() {
		JavaMailSender mailSender = sender.getIfAvailable();
		if (!smtpConfigured || mailSender == null) {
			return 0;
		}
		int sent = 0;
		for (UUID id : outbox.due(EnumSet.of(MailStatus.PENDING, MailStatus.FAILED), MAX_ATTEMPTS,
				Limit.of(100))) {
			Boolean ok = transactions.execute(tx -> deliver(id, mailSender));
			if (Boolean.TRUE.equals(ok)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean deliver(UUID id, JavaMailSender mailSender) {
		OutboxMail mail = outbox.lockForDelivery(id).orElse(null);
		if (mail == null || mail.status() == MailStatus.SENT || mail.status() == MailStatus.OUTBOX_ONLY
				|| mail.attempts() >= MAX_ATTEMPTS) {
			return false;
		}
		try {
			var message = mailSender.createMimeMessage();
			var helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(from);
			helper.setTo(mail.recipientName() == null ? new InternetAddress(mail.recipientAddress())
					: new InternetAddress(mail.recipientAddress(), mail.recipientName(), "UTF-8"));
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), false);
			mailSender.send(message);
			mail.sent(clock.instant());
			return true;
		}
		catch (Exception e) {
			log.debug("Mail {} could not be sent", id, e);
			mail.failed(e.getMessage());
			return false;
		}
	}
}
