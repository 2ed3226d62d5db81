package se.fuel.grants.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.NotFoundException;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.grants.DecisionPayments;
import se.fuel.grants.GrantFinances;
import se.fuel.grants.GrantMoney;
import se.fuel.grants.GrantStatus;
import se.fuel.grants.PaymentInput;
import se.fuel.grants.RepaymentNoticeInput;
import se.fuel.grants.YearTotals;
import se.fuel.grants.domain.Grant;
import se.fuel.grants.domain.GrantPayment;
import se.fuel.grants.domain.GrantPayment.Kind;
import se.fuel.grants.domain.GrantPaymentRepository;
import se.fuel.grants.domain.GrantRepository;
import se.fuel.grants.domain.RepaymentWithinGrant;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
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

	GrantMoneyService(GrantRepository grants, GrantPaymentRepository payments, Identity identity, Calls calls,
			AuditTrail audit, PaymentInstructions instructions) {
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
		requireDate(input.paidOn(), "paidOn", "Utbetalningsdag", violations);
		if (input.amount() == null || input.amount() <= 0) {
			violations.add(new Violation("amount", "amount-positive", input.amount() == null
					? "Belopp måste anges i hela kronor, till exempel 25000." : "Belopp måste vara större än 0 kronor."));
		}
		else if (input.amount() > before.leftToPay()) {
			violations.add(new Violation("amount", "payment-within-grant",
					"Belopp får inte vara mer än det som återstår att betala ut: "
							+ SwedishFormat.kronor(before.leftToPay()) + "."));
		}
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		var payment = payments.save(
				new GrantPayment(grantId, Kind.PAYMENT, input.paidOn(), input.amount(), Instant.now(), me.username()));
		var beforeSnapshot = grant.snapshot();
		if (grant.status() == GrantStatus.BEVILJAD) {
			grant.moveTo(GrantStatus.UTBETALD);
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
			violations.add(new Violation("amount", "required", "Belopp att återbetala måste anges i hela kronor."));
		}
		else {
			RepaymentWithinGrant.check("amount", "Belopp att återbetala", input.amount(), grant.amount(), before.paid())
				.ifPresent(violations::add);
		}
		String note = input.note() == null ? "" : input.note().strip();
		if (note.isEmpty()) {
			violations.add(new Violation("note", "required", "Kommentar måste anges: varför medlen inte används."));
		}
		else if (note.length() > 2000) {
			violations.add(new Violation("note", "max-length", "Kommentar får vara högst 2 000 tecken."));
		}
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		LocalDate today = LocalDate.now(SwedishFormat.ZONE);
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
		requireDate(input.paidOn(), "paidOn", "Inbetalningsdag", violations);
		if (input.amount() == null) {
			violations.add(new Violation("amount", "required", "Mottaget belopp måste anges i hela kronor."));
		}
		else {
			long room = RepaymentWithinGrant.ceiling(grant.amount(), before.paid()) - before.received();
			Optional<Violation> outside = RepaymentWithinGrant.check("amount", "Mottaget belopp", input.amount(),
					grant.amount(), before.paid());
			if (outside.isEmpty() && input.amount() > room) {
				outside = Optional.of(new Violation("amount", "repayment-within-grant", "Mottaget belopp får inte "
						+ "vara mer än " + SwedishFormat.kronor(Math.max(room, 0)) + " (det som inte redan återbetalats)."));
			}
			outside.ifPresent(violations::add);
		}
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		var repayment = payments.save(
				new GrantPayment(grantId, Kind.REPAYMENT, input.paidOn(), input.amount(), Instant.now(), me.username()));
		audit.record(GrantCreation.AUDIT_TYPE, grantId, "repayment-received", Map.of("received", before.received()),
				Map.of("repayment", repayment.snapshot(), "received", before.received() + input.amount()));
		return finances(grant);
	}

	@Override
	public void markInProgress(UUID grantId) {
		move(identity.require(Role.OFFICER, Role.ADMIN), grantId, GrantStatus.PAGAR, "status-changed");
	}

	@Override
	public void close(UUID grantId) {
		move(identity.require(Role.OFFICER, Role.ADMIN), grantId, GrantStatus.AVSLUTAD, "closed");
	}

	@Override
	public void reportSubmitted(UUID grantId) {
		move(identity.require(Role.OFFICER, Role.ADMIN, Role.APPLICANT), grantId, GrantStatus.REDOVISNING_INLAMNAD,
				"report-submitted");
	}

	@Override
	public void reportApproved(UUID grantId) {
		move(identity.require(Role.OFFICER, Role.ADMIN), grantId, GrantStatus.GODKAND, "report-approved");
	}

	@Override
	public void reportReturned(UUID grantId) {
		move(identity.require(Role.OFFICER, Role.ADMIN), grantId, GrantStatus.KOMPLETTERING, "report-returned");
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
			throw new NotFoundException("Beslutet finns inte eller beviljade inga medel.");
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
			.filter(g -> me.isOfficer() || g.organisationId().equals(me.organisationId()))
			.orElseThrow(() -> new NotFoundException("Beviljade medel finns inte."));
	}

	private LocalDate noticeDeadline(Grant grant) {
		return grant.callId() == null ? null : calls.find(grant.callId()).map(CallView::repaymentNoticeDate).orElse(null);
	}

	private static void requireDate(LocalDate date, String field, String label, List<Violation> violations) {
		if (date == null) {
			violations.add(new Violation(field, "date", label + " måste vara ett datum som ÅÅÅÅ-MM-DD."));
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
