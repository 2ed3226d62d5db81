package se.fuel.grants.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.grants.GrantStatus;
import se.fuel.system.FuelProperties;

/**
 * The 2024 grants of document 002 under way: paid in full and in progress, and Farsta's study visit to Finland with a
 * notice that part of the money will be paid back, not yet received.
 */
@Component
@Order(70)
class DemoGrantFollowUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoGrantFollowUp.class);

	static final int YEAR = 2024;

	// Document 002 says nothing about payments or repayments: the payment day, the notice, its amount and its reason
	// are made up so that the demo shows a grant in progress and an outstanding repayment.
	static final LocalDate PAID_ON = LocalDate.of(2024, 1, 31);

	static final String REPAYING_TITLE = "Verksamhetsbesök, Finland";

	static final long REPAYMENT = 6_000;

	static final LocalDate NOTIFIED_ON = LocalDate.of(2024, 5, 20);

	static final String NOTE = "Resan blev kortare än planerat";

	private final FuelProperties properties;

	private final GrantRepository grants;

	private final GrantPaymentRepository payments;

	private final AuditTrail audit;

	private final Clock clock;

	DemoGrantFollowUp(FuelProperties properties, GrantRepository grants, GrantPaymentRepository payments,
			AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.properties = properties;
		this.grants = grants;
		this.payments = payments;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demoMode()) {
			return;
		}
		int paid = 0;
		for (Grant grant : grants.findByYearOrderByProgrammeCodeAscRegistrationNumberAsc(YEAR)) {
			if (payments.existsByGrantIdAndKind(grant.id(), GrantPayment.Kind.PAYMENT)) {
				continue;
			}
			var before = grant.snapshot();
			var payment = payments.save(new GrantPayment(grant.id(), GrantPayment.Kind.PAYMENT, PAID_ON,
					grant.amount(), clock.instant(), null));
			grant.moveTo(GrantStatus.PAID);
			audit.record(GrantCreation.AUDIT_TYPE, grant.id(), "payment-recorded", Map.of("grant", before, "paid", 0),
					Map.of("grant", grant.snapshot(), "payment", payment.snapshot(), "paid", grant.amount()));
			before = grant.snapshot();
			grant.moveTo(GrantStatus.IN_PROGRESS);
			audit.record(GrantCreation.AUDIT_TYPE, grant.id(), "status-changed", before, grant.snapshot());
			if (grant.title().equals(REPAYING_TITLE) && grant.repaymentNotified() == null) {
				before = grant.snapshot();
				grant.notifyRepayment(REPAYMENT, NOTE, NOTIFIED_ON, false);
				audit.record(GrantCreation.AUDIT_TYPE, grant.id(), "repayment-notified", before, grant.snapshot());
			}
			paid++;
		}
		if (paid > 0) {
			log.info("Demo: {} grants of {} paid in full and in progress", paid, YEAR);
		}
	}
}
