package se.fuel.grants.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.NotFoundException;
import se.fuel.common.SwedishFormat;
import se.fuel.grants.GrantReminderDue;
import se.fuel.grants.GrantReminderView;
import se.fuel.grants.GrantReminders;
import se.fuel.grants.GrantStatus;
import se.fuel.grants.Grants;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/** Applies the reminder schedule to every grant's report and repayment notice and mails the organisation. */
@Service
class GrantReminderService implements GrantReminders {

	private static final Logger log = LoggerFactory.getLogger(GrantReminderService.class);

	/** Once the report is handed in (or approved, or the grant closed) there is nothing left to remind of. */
	private static final Set<GrantStatus> REPORT_IN = Set.of(GrantStatus.REPORT_HANDED_IN, GrantStatus.APPROVED,
			GrantStatus.CLOSED);

	private final GrantRepository grants;

	private final GrantPaymentRepository payments;

	private final GrantReminderRepository reminders;

	private final Grants grantAccess;

	private final Calls calls;

	private final Identity identity;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final ReminderSchedule schedule;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final Clock clock;

	GrantReminderService(GrantRepository grants, GrantPaymentRepository payments, GrantReminderRepository reminders,
			Grants grantAccess, Calls calls, Identity identity, ApplicationEventPublisher events, AuditTrail audit,
			PlatformTransactionManager transactionManager, @Value("${fuel.reminders.days-before:14}") int daysBefore,
			MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.grants = grants;
		this.payments = payments;
		this.reminders = reminders;
		this.grantAccess = grantAccess;
		this.calls = calls;
		this.identity = identity;
		this.events = events;
		this.audit = audit;
		this.schedule = new ReminderSchedule(daysBefore);
	}

	@Override
	@Transactional(readOnly = true)
	public List<GrantReminderView> ofGrant(UUID grantId) {
		grantAccess.find(grantId).orElseThrow(() -> new NotFoundException("grant " + grantId));
		return reminders.findByGrantIdOrderBySentOnDescKindAsc(grantId).stream().map(GrantReminderService::view).toList();
	}

	@Override
	public int sendDueReminders(LocalDate today) {
		int sent = 0;
		// A grant decided before Fuel has its follow-up history in the documents of its time: reminding it again
		// today would mail an organisation about a report that was due twenty years ago.
		List<UUID> ids = transactions.execute(status -> grants.idsOfOrigin(Grant.Origin.DECISION));
		for (UUID id : ids) {
			try {
				// One transaction per grant: a grant that cannot be reminded must not hold back the others' reminders.
				Integer count = transactions.execute(status -> remindAbout(grants.findById(id).orElseThrow(), today));
				sent += count == null ? 0 : count;
			}
			catch (RuntimeException e) {
				log.warn("Could not send the reminders due {} for grant {}", today, id, e);
			}
		}
		log.info("Sent {} grant reminders for {}", sent, today);
		return sent;
	}

	private int remindAbout(Grant grant, LocalDate today) {
		int sent = 0;
		if (remind(grant, GrantReminder.Kind.REPORT, grant.reportDueDate(), REPORT_IN.contains(grant.status()), today)) {
			sent++;
		}
		if (grant.repaymentNotified() != null && grant.status() != GrantStatus.CLOSED) {
			LocalDate noticeDate = grant.callId() == null ? null
					: calls.find(grant.callId()).map(CallView::repaymentNoticeDate).orElse(null);
			if (remind(grant, GrantReminder.Kind.REPAYMENT, noticeDate, received(grant) >= grant.repaymentNotified(),
					today)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean remind(Grant grant, GrantReminder.Kind kind, LocalDate dueDate, boolean isIn, LocalDate today) {
		List<LocalDate> sentOn = reminders.findByGrantIdAndKind(grant.id(), kind).stream()
			.map(GrantReminder::sentOn)
			.toList();
		Optional<ReminderSchedule.Step> step = schedule.dueToday(dueDate, today, sentOn, isIn);
		if (step.isEmpty()) {
			return false;
		}
		List<Identity.UserSummary> recipients = identity.usersWithRole(Role.APPLICANT).stream()
			.filter(u -> grant.organisationId().equals(u.organisationId()))
			.toList();
		// The mail module turns this into one mail per applicant of the organisation, in this transaction: grants do not
		// call the mail module, which listens to grants' events (a call both ways would make the modules a cycle).
		events.publishEvent(new GrantReminderDue(grant.id(), grant.organisationId(), subject(grant, kind),
				body(grant, kind, step.get(), dueDate), name(grant), kind == GrantReminder.Kind.REPAYMENT, dueDate));
		GrantReminder reminder = reminders.save(new GrantReminder(grant.id(), kind, step.get(), dueDate, today,
				recipients.size(), clock.instant()));
		audit.record(GrantCreation.AUDIT_TYPE, grant.id(), "reminder-sent", null, Map.of("kind", kind.name(), "step",
				step.get().name(), "dueDate", dueDate.toString(), "sentOn", today.toString(), "recipients",
				recipients.size(), "reminderId", reminder.id().toString()));
		return true;
	}

	private long received(Grant grant) {
		return payments.findByGrantIdOrderByPaidOnAscRecordedAtAsc(grant.id()).stream()
			.filter(p -> p.kind() == GrantPayment.Kind.REPAYMENT)
			.mapToLong(GrantPayment::amount)
			.sum();
	}

	private static String name(Grant grant) {
		return (grant.registrationNumber() == null ? "" : grant.registrationNumber() + " ") + grant.title();
	}

	/** The mail is written in Swedish: the organisation's users' language is not known when the run sends it. */
	private String subject(Grant grant, GrantReminder.Kind kind) {
		return swedish("grants.reminder.mail.subject." + kind.name(), name(grant));
	}

	private String body(Grant grant, GrantReminder.Kind kind, ReminderSchedule.Step step, LocalDate dueDate) {
		String key = kind == GrantReminder.Kind.REPORT
				? (step == ReminderSchedule.Step.WEEK_AFTER ? "grants.reminder.mail.body.REPORT.late"
						: "grants.reminder.mail.body.REPORT")
				: "grants.reminder.mail.body.REPAYMENT";
		return swedish(key, name(grant), dueDate.toString());
	}

	private String swedish(String key, Object... arguments) {
		return messages.getMessage(key, arguments, SwedishFormat.SWEDISH);
	}

	private static GrantReminderView view(GrantReminder r) {
		return new GrantReminderView(r.grantId(), r.kind().name(), r.kind().label(), r.step().name(),
				r.step().label(), r.dueDate(), r.sentOn(), r.recipients());
	}
}
