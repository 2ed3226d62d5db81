package se.fuel.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.grants.ApprovedReport;
import se.fuel.grants.ApprovedReports;
import se.fuel.grants.ReportApproved;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * An approved report becomes the knowledge-bank draft of its grant, for the officers to complete and publish. Runs in
 * the approval's transaction, so a report is never approved without its draft, and a draft that cannot be made
 * refuses the approval as a whole.
 * <p>
 * A grant has one item (index {@code knowledge_item_grant}): the one place where everything known about the project is
 * found, its publications kept as versions. So a grant that has an item already, typically its published project plan,
 * gets the report as that item's next content rather than a second item (which the index refused with a 500):
 * <ul>
 * <li>a published item keeps showing its published version to readers, and the report waits beside it
 * ({@link KnowledgeItem#awaitReportDraft}) until an officer publishes it as the item's next version, a report
 * superseding the plan; readers never see an unchecked text, and the bank never lacks the project meanwhile;</li>
 * <li>an item nobody reads (a draft, or one taken down) takes the report's content at once; what it held before is in
 * its audit history.</li>
 * </ul>
 */
@Component
class ReportApprovedDrafts {

	private final ApprovedReports approvedReports;

	private final KnowledgeItemRepository items;

	private final KnowledgeInputRules rules;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	private final MessageSource messages;

	ReportApprovedDrafts(ApprovedReports approvedReports, KnowledgeItemRepository items, KnowledgeInputRules rules,
			AuditTrail audit, JsonMapper json, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.clock = clock;
		this.approvedReports = approvedReports;
		this.items = items;
		this.rules = rules;
		this.audit = audit;
		this.json = json;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ReportApproved event) {
		approvedReports.of(event.grantId()).ifPresent(approved -> items.findByGrantId(event.grantId())
			.ifPresentOrElse(item -> next(item, approved), () -> draft(approved)));
	}

	/** Creates the draft of an approved report for a grant without an item. */
	KnowledgeItem draft(ApprovedReport approved) {
		KnowledgeItem item = items.save(
				new KnowledgeItem(rules.clean(GrantKnowledge.input(approved, messages)), Instant.now(clock)));
		audit.record(KnowledgeService.AUDIT_TYPE, item.id(), "created-from-report", null, item.snapshot());
		return item;
	}

	/** Gives the grant's existing item the report as its next content (see the class comment). */
	private void next(KnowledgeItem item, ApprovedReport approved) {
		KnowledgeItemInput content = rules.clean(keepingCuration(item, GrantKnowledge.input(approved, messages)),
				item.areaCodes());
		Instant now = Instant.now(clock);
		if (item.status() == KnowledgeStatus.PUBLISHED) {
			Instant approvedAt = approved.report().decidedAt() != null ? approved.report().decidedAt() : now;
			item.awaitReportDraft(json.writeValueAsString(content), approvedAt);
			audit.record(KnowledgeService.AUDIT_TYPE, item.id(), "report-draft-waiting", null,
					Map.of("grantId", approved.grant().id(), "kind", content.kind().name(), "title", content.title()));
			return;
		}
		var before = item.snapshot();
		item.change(content, now);
		audit.record(KnowledgeService.AUDIT_TYPE, item.id(), "updated-from-report", before, item.snapshot());
	}

	/**
	 * The report's texts with what officers chose for the item kept: its areas, methods, target groups and contact
	 * (a report names none of them better than the officer who linked them).
	 */
	private static KnowledgeItemInput keepingCuration(KnowledgeItem item, KnowledgeItemInput report) {
		return new KnowledgeItemInput(report.kind(), report.title(), report.summary(), report.body(), report.year(),
				report.grantId(), report.organisationIds(), report.programmeCode(),
				item.areaCodes().isEmpty() ? report.areaCodes() : item.areaCodes(),
				item.targetGroups().isEmpty() ? report.targetGroups() : item.targetGroups(), item.methods(),
				report.implementationStatus(), report.outcome(), item.contact());
	}

	/** Whether the grant has an item already (its report's, its plan's, or one an officer made). */
	boolean hasItem(UUID grantId) {
		return items.existsByGrantId(grantId);
	}
}
