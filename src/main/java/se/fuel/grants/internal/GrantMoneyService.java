package se.fuel.grants.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.NotFoundException;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.grants.DecisionPayments;
import se.fuel.grants.GrantFinances;
import se.fuel.grants.GrantMoney;
import se.fuel.grants.GrantStatus;
import se.fuel.grants.PaymentInput;
import se.fuel.grants.RepaymentNoticeInput;
import se.fuel.grants.YearTotals;
import se.fuel.grants.internal.GrantPayment.Kind;
import se.fuel.grants.rules.PaymentAtMostWhatIsLeft;
import se.fuel.grants.rules.RepaymentWithinGrant;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.OwnOrganisationOnly;
import se.fuel.identity.Role;

/** Payments, repayments and status moves of grants, each audited on the grant. */
@Service
@Transactional
class GrantMoneyService implements GrantMoney {

	private final GrantRepository grants;

	private final GrantPaymentRepository payments;

	private final Identity identity;

	private final Calls calls;

	private final AuditTrail audit;

	private final PaymentInstructions instructions;

	private final Clock clock;

	GrantMoneyService(GrantRepository grants, GrantPaymentRepository payments, Identity identity, Calls calls,
			AuditTrail audit, PaymentInstructions instructions, Clock clock) {
		this.clock = clock;
		this.grants = grants;
		this.payments = payments;
		this.identity = identity;
		this.calls = calls;
		this.audit = audit;
		this.instructions = instructions;
	}

	@Override
	@Transactional(readOnly = true)
	public GrantFinances finances(UUID grantId) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN, Role.APPLICANT);
		return finances(visible(me, grantId));
	}

	@Override
	public GrantFinances recordPayment(UUID grantId, PaymentInput input) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN);
		Grant grant = visible(me, grantId);
		GrantFinances before = finances(grant);
		var violations = new ArrayList<Violation>();
		requireDate(input.paidOn(), "paidOn", "grants.money.payment.date", violations);
		violations.addAll(new PaymentAtMostWhatIsLeft()
			.check(new PaymentAtMostWhatIsLeft.Payment(input.amount(), before.leftToPay())));
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		var payment = payments.save(
				new GrantPayment(grantId, Kind.PAYMENT, input.paidOn(), input.amount(), clock.instant(), me.username()));
		var beforeSnapshot = grant.snapshot();
		if (grant.status() == GrantStatus.GRANTED) {
			grant.moveTo(GrantStatus.PAID);
		}
		audit.record(GrantCreation.AUDIT_TYPE, grantId, "payment-recorded",
				Map.of("grant", beforeSnapshot, "paid", before.paid()),
				Map.of("grant", grant.snapshot(), "payment", payment.snapshot(), "paid", before.paid() + input.amount()));
		return finances(grant);
	}

	@Override
	public GrantFinances notifyRepayment(UUID grantId, RepaymentNoticeInput input) {
		CurrentUser me = identity.require(Role.APPLICANT);
		Grant grant = visible(me, grantId);
		GrantFinances before = finances(grant);
		var violations = new ArrayList<Violation>();
		if (input.amount() == null) {
			violations.add(Violation.of("amount", "required", "grants.rule.repayment.noticeRequired"));
		}
		else {
			violations.addAll(new RepaymentWithinGrant().check(new RepaymentWithinGrant.Repayment("amount",
					Text.of("grants.field.repaymentAmount"), input.amount(), grant.amount(), before.paid(), 0)));
		}
		String note = input.note() == null ? "" : input.note().strip();
		if (note.isEmpty()) {
			violations.add(Violation.of("note", "required", "grants.rule.repayment.noteRequired"));
		}
		else if (note.length() > 2000) {
			violations.add(Violation.of("note", "max-length", "grants.rule.repayment.noteLength"));
		}
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate deadline = noticeDeadline(grant);
		var beforeSnapshot = grant.snapshot();
		// After the deadline the notice is still taken: the money is owed either way; only the lateness is flagged.
		grant.notifyRepayment(input.amount(), note, today, deadline != null && today.isAfter(deadline));
		audit.record(GrantCreation.AUDIT_TYPE, grantId, "repayment-notified", beforeSnapshot, grant.snapshot());
		return finances(grant);
	}

	@Override
	public GrantFinances recordRepayment(UUID grantId, PaymentInput input) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN);
		Grant grant = visible(me, grantId);
		GrantFinances before = finances(grant);
		var violations = new ArrayList<Violation>();
		requireDate(input.paidOn(), "paidOn", "grants.money.repayment.date", violations);
		if (input.amount() == null) {
			violations.add(Violation.of("amount", "required", "grants.rule.repayment.receivedRequired"));
		}
		else {
			violations.addAll(new RepaymentWithinGrant().check(new RepaymentWithinGrant.Repayment("amount",
					Text.of("grants.field.receivedAmount"), input.amount(), grant.amount(), before.paid(),
					before.received())));
		}
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		var repayment = payments.save(
				new GrantPayment(grantId, Kind.REPAYMENT, input.paidOn(), input.amount(), clock.instant(), me.username()));
		audit.record(GrantCreation.AUDIT_TYPE, grantId, "repayment-received", Map.of("received", before.received()),
				Map.of("repayment", repayment.snapshot(), "received", before.received() + input.amount()));
		return finances(grant);
	}

	@Override
	public void markInProgress(UUID grantId) {
		move(identity.require(Role.OFFICER, Role.ADMIN), grantId, GrantStatus.IN_PROGRESS, "status-changed");
	}

	@Override
	public void close(UUID grantId) {
		move(identity.require(Role.OFFICER, Role.ADMIN), grantId, GrantStatus.CLOSED, "closed");
	}

	@Override
	public void reportSubmitted(UUID grantId) {
		move(identity.require(Role.OFFICER, Role.ADMIN, Role.APPLICANT), grantId, GrantStatus.REPORT_HANDED_IN,
				"report-submitted");
	}

	@Override
	public void reportApproved(UUID grantId) {
		move(identity.require(Role.OFFICER, Role.ADMIN), grantId, GrantStatus.APPROVED, "report-approved");
	}

	@Override
	public void reportReturned(UUID grantId) {
		move(identity.require(Role.OFFICER, Role.ADMIN), grantId, GrantStatus.RETURNED_FOR_COMPLETION, "report-returned");
	}

	@Override
	@Transactional(readOnly = true)
	public String paymentInstructionsCsv(int year) {
		identity.require(Role.OFFICER, Role.ADMIN);
		List<Grant> ofYear = grants.findByYearOrderByProgrammeCodeAscRegistrationNumberAsc(year);
		Map<UUID, Long> paid = paidByGrant(ofYear, Kind.PAYMENT);
		return instructions.csv(ofYear.stream()
			.sorted(Comparator.comparing((Grant g) -> String.valueOf(g.decisionDocumentId()))
				.thenComparing(g -> String.valueOf(g.registrationNumber())))
			.toList(), paid);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DecisionPayments> decisions(Integer year) {
		identity.require(Role.OFFICER, Role.ADMIN);
		List<Grant> decided = grants.findByDecisionDocumentIdNotNull().stream()
			.filter(g -> year == null || g.year() == year)
			.toList();
		Map<UUID, Long> paid = paidByGrant(decided, Kind.PAYMENT);
		return decided.stream()
			.collect(Collectors.groupingBy(Grant::decisionDocumentId))
			.values()
			.stream()
			.map(of -> {
				Grant first = of.get(0);
				return new DecisionPayments(first.decisionDocumentId(), first.year(), first.decidedOn(),
						first.paragraph(), of.size(), of.stream().mapToLong(Grant::amount).sum(),
						of.stream().mapToLong(g -> paid.getOrDefault(g.id(), 0L)).sum());
			})
			.sorted(Comparator.comparing(DecisionPayments::decidedOn).reversed()
				.thenComparing(d -> String.valueOf(d.paragraph())))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public String paymentInstructionsCsv(UUID decisionDocumentId) {
		identity.require(Role.OFFICER, Role.ADMIN);
		List<Grant> decided = grants.findByDecisionDocumentIdOrderByProgrammeCodeAscRegistrationNumberAsc(
				decisionDocumentId);
		if (decided.isEmpty()) {
			throw new NotFoundException("decision " + decisionDocumentId + " with grants");
		}
		return instructions.csv(decided, paidByGrant(decided, Kind.PAYMENT));
	}

	@Override
	@Transactional(readOnly = true)
	public List<YearTotals> totals(Integer year) {
		identity.require(Role.OFFICER, Role.ADMIN);
		List<Grant> all = year == null ? grants.findAllByOrderByYearDescProgrammeCodeAscRegistrationNumberAsc()
				: grants.findByYearOrderByProgrammeCodeAscRegistrationNumberAsc(year);
		Map<UUID, Long> paid = paidByGrant(all, Kind.PAYMENT);
		Map<UUID, Long> received = paidByGrant(all, Kind.REPAYMENT);
		return all.stream()
			.collect(Collectors.groupingBy(Grant::year, TreeMap::new, Collectors.toList()))
			.descendingMap()
			.entrySet()
			.stream()
			.map(e -> new YearTotals(e.getKey(), e.getValue().stream().mapToLong(Grant::amount).sum(),
					e.getValue().stream().mapToLong(g -> paid.getOrDefault(g.id(), 0L)).sum(),
					e.getValue().stream().mapToLong(g -> g.repaymentNotified() == null ? 0 : g.repaymentNotified()).sum(),
					e.getValue().stream().mapToLong(g -> received.getOrDefault(g.id(), 0L)).sum()))
			.toList();
	}

	private void move(CurrentUser me, UUID grantId, GrantStatus to, String action) {
		Grant grant = visible(me, grantId);
		var before = grant.snapshot();
		grant.moveTo(to);
		audit.record(GrantCreation.AUDIT_TYPE, grantId, action, before, grant.snapshot());
	}

	private Map<UUID, Long> paidByGrant(List<Grant> of, Kind kind) {
		if (of.isEmpty()) {
			return Map.of();
		}
		return payments.findByGrantIdIn(of.stream().map(Grant::id).toList())
			.stream()
			.filter(p -> p.kind() == kind)
			.collect(Collectors.groupingBy(GrantPayment::grantId, Collectors.summingLong(GrantPayment::amount)));
	}

	private Grant visible(CurrentUser me, UUID grantId) {
		return grants.findById(grantId)
			.filter(g -> OwnOrganisationOnly.exceptOfficers(me).sees(g.organisationId()))
			.orElseThrow(() -> new NotFoundException("grant " + grantId));
	}

	private LocalDate noticeDeadline(Grant grant) {
		return grant.callId() == null ? null : calls.find(grant.callId()).map(CallView::repaymentNoticeDate).orElse(null);
	}

	private static void requireDate(LocalDate date, String field, String label, List<Violation> violations) {
		if (date == null) {
			violations.add(Violation.of(field, "date", "grants.rule.date", Text.of(label)));
		}
	}

	GrantFinances finances(Grant grant) {
		var all = payments.findByGrantIdOrderByPaidOnAscRecordedAtAsc(grant.id());
		var out = all.stream().filter(p -> p.kind() == Kind.PAYMENT)
			.map(p -> new GrantFinances.Movement(p.paidOn(), p.amount())).toList();
		var back = all.stream().filter(p -> p.kind() == Kind.REPAYMENT)
			.map(p -> new GrantFinances.Movement(p.paidOn(), p.amount())).toList();
		long paid = out.stream().mapToLong(GrantFinances.Movement::amount).sum();
		long received = back.stream().mapToLong(GrantFinances.Movement::amount).sum();
		long notified = grant.repaymentNotified() == null ? 0 : grant.repaymentNotified();
		return new GrantFinances(grant.id(), grant.amount(), out, paid, grant.repaymentNotified(), grant.repaymentNote(),
				grant.repaymentNotifiedOn(), noticeDeadline(grant), grant.repaymentNoticeLate(), back, received,
				Math.max(notified - received, 0));
	}
}
