package se.fuel.mail.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.mail.Mail;
import se.fuel.mail.MailKind;
import se.fuel.mail.OutboxEntry;
import se.fuel.mail.OutboxPage;
import se.fuel.mail.OutgoingMail;

/** The outbox: storing mail for the other modules, showing it to officers, and each user's choice of mail. */
@Service
class MailService implements Mail {

	private final OutboxRepository outbox;

	private final MailPreferences preferences;

	private final Identity identity;

	private final AuditTrail audit;

	private final Clock clock;

	private final boolean smtpConfigured;

	MailService(OutboxRepository outbox, MailPreferences preferences, Identity identity, AuditTrail audit,
			@Value("${spring.mail.host:}") String smtpHost, Clock clock) {
		this.outbox = outbox;
		this.preferences = preferences;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
		this.smtpConfigured = StringUtils.hasText(smtpHost);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(OutgoingMail mail) {
		String address = mail.recipientAddress();
		String name = mail.recipientName();
		if (mail.recipientUserId() != null) {
			if (!preferences.wants(mail.recipientUserId(), mail.kind())) {
				return;
			}
			var user = identity.user(mail.recipientUserId());
			if (!StringUtils.hasText(address)) {
				address = user.map(Identity.UserSummary::email).orElse(null);
			}
			if (!StringUtils.hasText(name)) {
				name = user.map(Identity.UserSummary::displayName).orElse(null);
			}
		}
		if (!StringUtils.hasText(address)) {
			return;
		}
		outbox.save(new OutboxMail(clock.instant(), mail.recipientUserId(), address, name, mail.kind(),
				mail.subject(), mail.body(), mail.relatedType(), mail.relatedId(), smtpConfigured));
	}

	@Override
	@Transactional(readOnly = true)
	public OutboxPage page(MailKind kind, int page, int size) {
		identity.require(Role.OFFICER, Role.ADMIN);
		var request = PageRequest.of(Math.max(page, 1) - 1, size, Sort.by(Sort.Direction.DESC, "createdAt"));
		Page<OutboxMail> found = kind == null ? outbox.findAll(request) : outbox.findByKind(kind, request);
		return new OutboxPage(found.getContent().stream().map(OutboxMail::entry).toList(), kind, Math.max(page, 1),
				Math.max(found.getTotalPages(), 1), found.getTotalElements());
	}

	@Override
	@Transactional(readOnly = true)
	public OutboxEntry find(UUID id) {
		identity.require(Role.OFFICER, Role.ADMIN);
		return outbox.findById(id).map(OutboxMail::entry).orElseThrow(() -> new NotFoundException("mail " + id));
	}

	@Override
	@Transactional(readOnly = true)
	public Set<MailKind> wanted() {
		CurrentUser me = identity.current();
		Set<MailKind> wanted = EnumSet.allOf(MailKind.class);
		wanted.removeAll(preferences.optedOut(me.userId()));
		return wanted;
	}

	@Override
	@Transactional
	public void choose(Set<MailKind> wanted) {
		CurrentUser me = identity.current();
		Set<MailKind> before = wanted();
		Set<MailKind> optedOut = EnumSet.allOf(MailKind.class);
		optedOut.removeAll(wanted);
		preferences.replace(me.userId(), optedOut);
		audit.record("MailPreferences", me.userId(), "updated", Map.of("wanted", before.toString()),
				Map.of("wanted", EnumSet.copyOf(wanted.isEmpty() ? EnumSet.noneOf(MailKind.class) : wanted).toString()));
	}
}
