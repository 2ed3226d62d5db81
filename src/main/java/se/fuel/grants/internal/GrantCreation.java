package se.fuel.grants.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.applications.SubmittedApplications;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.CommitteeDecided;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.grants.GrantCreated;

/**
 * Turns the committee's decision into grants: one per application granted in full or in part.
 */
@Component
class GrantCreation {

	static final String AUDIT_TYPE = "Grant";

	private static final Logger log = LoggerFactory.getLogger(GrantCreation.class);

	private static final Set<DecisionOutcome> GRANTING = Set.of(DecisionOutcome.GRANTED,
			DecisionOutcome.PARTIALLY_GRANTED);

	private final GrantRepository grants;

	private final Calls calls;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final SubmittedApplications applications;

	private final Clock clock;

	GrantCreation(GrantRepository grants, Calls calls, AuditTrail audit, ApplicationEventPublisher events,
			SubmittedApplications applications, Clock clock) {
		this.clock = clock;
		this.grants = grants;
		this.calls = calls;
		this.applications = applications;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * A plain synchronous listener on purpose, not an asynchronous module listener: the grants are created in the
	 * decision's own transaction, so a decision never stands without its grants, nor grants without a decision. A
	 * second event for an application that already has its grant adds nothing, so recording a decision again is
	 * harmless.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(CommitteeDecided decided) {
		int created = 0;
		for (ApplicationOutcome o : decided.outcomes()) {
			if (!GRANTING.contains(o.outcome()) || o.amount() <= 0 || grants.existsByApplicationId(o.applicationId())) {
				continue;
			}
			var grant = new Grant(new Grant.Decided(o.applicationId(), o.callId(), o.organisationId(),
					o.registrationNumber(), o.title(), o.programmeCode(), o.year(), o.amount(),
					calls.find(o.callId()).map(CallView::reportDueDate).orElse(null),
					o.decidedOn() != null ? o.decidedOn() : decided.decidedOn(),
					o.paragraph() != null ? o.paragraph() : decided.paragraph(), decided.documentId()), clock.instant());
			grant.describe(factsOf(o.applicationId()));
			grants.save(grant);
			audit.record(AUDIT_TYPE, grant.id(), "created", null, grant.snapshot());
			events.publishEvent(new GrantCreated(grant.id(), grant.applicationId(), grant.organisationId(),
					grant.year(), grant.amount()));
			created++;
		}
		log.info("Committee decision of {} for {}: {} grants created", decided.decidedOn(), decided.year(), created);
	}

	/** A study visit (MUL) has a purpose and no goals section: its purpose stands for both. */
	private Grant.ProjectFacts factsOf(UUID applicationId) {
		Map<String, String> texts = applications.textsOf(applicationId);
		String purpose = texts.get(ApplicationSection.goals.name()) != null
				? texts.get(ApplicationSection.goals.name())
				: texts.get(ApplicationSection.purpose.name());
		return new Grant.ProjectFacts(texts.get(ApplicationSection.targetGroup.name()), purpose, null,
				applications.partnersOf(applicationId));
	}
}
