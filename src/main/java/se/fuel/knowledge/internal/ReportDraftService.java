package se.fuel.knowledge.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.Identity;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeItemView;
import se.fuel.knowledge.KnowledgeReportDrafts;
import se.fuel.knowledge.KnowledgeStatus;
import se.fuel.knowledge.ReportDraftView;
import tools.jackson.databind.json.JsonMapper;

/** The report drafts waiting on published items ({@link ReportApprovedDrafts} makes them). */
@Service
@Transactional
class ReportDraftService implements KnowledgeReportDrafts {

	private final KnowledgeItemRepository items;

	private final KnowledgeBank bank;

	private final KnowledgeViews views;

	private final Identity identity;

	private final AuditTrail audit;

	private final JsonMapper json;

	ReportDraftService(KnowledgeItemRepository items, KnowledgeBank bank, KnowledgeViews views, Identity identity,
			AuditTrail audit, JsonMapper json) {
		this.items = items;
		this.bank = bank;
		this.views = views;
		this.identity = identity;
		this.audit = audit;
		this.json = json;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ReportDraftView> of(UUID itemId) {
		identity.require(KnowledgeService.EDITORS);
		KnowledgeItem item = find(itemId);
		return item.reportDraft() == null ? Optional.empty()
				: Optional.of(new ReportDraftView(content(item), item.reportDraftAt()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<KnowledgeItemView> waiting() {
		identity.require(KnowledgeService.EDITORS);
		return items.findByReportDraftIsNotNullOrderByUpdatedAtDesc().stream().map(views::view).toList();
	}

	@Override
	public KnowledgeItemView publish(UUID itemId) {
		identity.require(KnowledgeService.EDITORS);
		KnowledgeItem item = find(itemId);
		KnowledgeItemInput draft = content(waitingOn(item));
		audit.record(KnowledgeService.AUDIT_TYPE, itemId, "report-draft-published", null,
				Map.of("kind", draft.kind().name(), "title", draft.title(), "approvedAt",
						String.valueOf(item.reportDraftAt())));
		item.clearReportDraft();
		// The bank's own paths, so the draft passes the same rules and checks as an officer's edit: a published item
		// is checked and versioned by the save itself; any other is published after it. A violation rolls all back.
		KnowledgeItemView saved = bank.update(itemId, draft, null);
		return saved.status() == KnowledgeStatus.PUBLISHED ? saved : bank.publish(itemId);
	}

	@Override
	public void discard(UUID itemId) {
		identity.require(KnowledgeService.EDITORS);
		KnowledgeItem item = waitingOn(find(itemId));
		KnowledgeItemInput draft = content(item);
		item.clearReportDraft();
		audit.record(KnowledgeService.AUDIT_TYPE, itemId, "report-draft-discarded",
				Map.of("kind", draft.kind().name(), "title", draft.title()), null);
	}

	private KnowledgeItem waitingOn(KnowledgeItem item) {
		if (item.reportDraft() == null) {
			throw new ViolationException(Violation.of("reportDraft", "waiting",
					"knowledge.reportDraft.rule.noneWaiting"));
		}
		return item;
	}

	private KnowledgeItemInput content(KnowledgeItem item) {
		return json.readValue(item.reportDraft(), KnowledgeItemInput.class);
	}

	private KnowledgeItem find(UUID id) {
		return items.findById(id).orElseThrow(() -> new NotFoundException("Objektet finns inte."));
	}
}
