package se.fuel.knowledge.internal;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.grants.ApprovedReport;
import se.fuel.grants.ApprovedReports;
import se.fuel.grants.ReportApproved;
import se.fuel.knowledge.domain.KnowledgeItem;
import se.fuel.knowledge.domain.KnowledgeItemRepository;

/**
 * An approved report becomes a knowledge-bank draft for the officers to complete and publish, once per grant (a
 * project plan of the grant may be there already). Runs in
 * the approval's transaction, so a report is never approved without its draft.
 */
@Component
class ReportApprovedDrafts {

	private final ApprovedReports approvedReports;

	private final KnowledgeItemRepository items;

	private final KnowledgeInputRules rules;

	private final AuditTrail audit;

	ReportApprovedDrafts(ApprovedReports approvedReports, KnowledgeItemRepository items, KnowledgeInputRules rules,
			AuditTrail audit) {
		this.approvedReports = approvedReports;
		this.items = items;
		this.rules = rules;
		this.audit = audit;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ReportApproved event) {
		if (hasReport(event.grantId())) {
			return;
		}
		approvedReports.of(event.grantId()).ifPresent(this::draft);
	}

	/**
	 * Whether the grant's report (or travel report) is in the knowledge bank already; a project plan of the same grant
	 * does not count, since the report tells what the plan could not.
	 */
	boolean hasReport(java.util.UUID grantId) {
		return items.existsByGrantIdAndKindIn(grantId, GrantKnowledge.REPORT_KINDS);
	}

	/** Creates the draft of an approved report. */
	KnowledgeItem draft(ApprovedReport approved) {
		KnowledgeItem item = items.save(new KnowledgeItem(rules.clean(GrantKnowledge.input(approved)), Instant.now()));
		audit.record(KnowledgeService.AUDIT_TYPE, item.id(), "created-from-report", null, item.snapshot());
		return item;
	}
}
