package se.fuel.knowledge.internal;

import java.time.Clock;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.documents.StoredDocuments;
import se.fuel.documents.UploadedDocument;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.knowledge.KnowledgeArea;
import se.fuel.knowledge.KnowledgeAttachmentView;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.KnowledgeItemDownload;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeItemPublished;
import se.fuel.knowledge.KnowledgeItemView;
import se.fuel.knowledge.KnowledgeStatus;
import se.fuel.knowledge.KnowledgeVersionView;
import se.fuel.knowledge.search.KnowledgeItemIndexing;
import tools.jackson.databind.json.JsonMapper;

/** The knowledge bank's workflow: drafts, publishing after the rules of {@link PublishChecks}, versions, attachments. */
@Service
@Transactional
class KnowledgeService implements KnowledgeBank {

	static final String AUDIT_TYPE = "KnowledgeItem";

	static final Role[] EDITORS = { Role.OFFICER, Role.ADMIN };

	private static final Role[] EVERYONE = Role.values();

	private static final Set<KnowledgeStatus> UNPUBLISHED = Set.of(KnowledgeStatus.DRAFT, KnowledgeStatus.UNPUBLISHED);

	private final KnowledgeItemRepository items;

	private final KnowledgeItemVersionRepository versions;

	private final KnowledgeAttachmentRepository attachments;

	private final KnowledgeViews views;

	private final KnowledgeInputRules rules;

	private final PublishChecks checks;

	private final Identity identity;

	private final AuditTrail audit;

	private final StoredDocuments files;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final AttachmentTexts attachmentTexts;

	private final KnowledgeItemIndexing indexing;

	private final Clock clock;

	KnowledgeService(KnowledgeItemRepository items, KnowledgeItemVersionRepository versions,
			KnowledgeAttachmentRepository attachments, KnowledgeViews views, KnowledgeInputRules rules,
			PublishChecks checks, Identity identity, AuditTrail audit, StoredDocuments files,
			ApplicationEventPublisher events, JsonMapper json, AttachmentTexts attachmentTexts,
			KnowledgeItemIndexing indexing, Clock clock) {
		this.clock = clock;
		this.items = items;
		this.versions = versions;
		this.attachments = attachments;
		this.views = views;
		this.rules = rules;
		this.checks = checks;
		this.identity = identity;
		this.audit = audit;
		this.files = files;
		this.events = events;
		this.json = json;
		this.attachmentTexts = attachmentTexts;
		this.indexing = indexing;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<KnowledgeItemView> published(int page, int size) {
		identity.require(EVERYONE);
		var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
				Sort.by(Sort.Order.desc("year").nullsLast(), Sort.Order.desc("publishedAt"), Sort.Order.asc("title")));
		return items.findByStatus(KnowledgeStatus.PUBLISHED, request).map(views::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, List<String>> publishedMethodsByGrant() {
		identity.require(EVERYONE);
		Map<UUID, List<String>> methods = new LinkedHashMap<>();
		for (Object[] row : items.grantMethods(KnowledgeStatus.PUBLISHED)) {
			String name = ((String) row[1]).strip();
			List<String> own = methods.computeIfAbsent((UUID) row[0], k -> new ArrayList<>());
			if (!name.isEmpty() && !own.contains(name)) {
				own.add(name);
			}
		}
		return methods;
	}

	@Override
	@Transactional(readOnly = true)
	public List<KnowledgeItemView> drafts() {
		identity.require(EDITORS);
		return items.findByStatusInOrderByUpdatedAtDesc(UNPUBLISHED).stream().map(views::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public KnowledgeItemView item(UUID id) {
		return views.view(visible(identity.require(EVERYONE), id));
	}

	@Override
	public KnowledgeItemView create(KnowledgeItemInput input) {
		identity.require(EDITORS);
		KnowledgeItem item = items.save(new KnowledgeItem(rules.clean(input), Instant.now(clock)));
		// Written now so that the answer carries the version stored: the insert of its lists counts as a change too.
		items.flush();
		audit.record(AUDIT_TYPE, item.id(), "created", null, item.snapshot());
		return views.view(item);
	}

	@Override
	public KnowledgeItemView update(UUID id, KnowledgeItemInput input, Long openedVersion) {
		CurrentUser me = identity.require(EDITORS);
		KnowledgeItem item = find(id);
		long readVersion = item.version();
		audit.requireUnchanged(AUDIT_TYPE, id, openedVersion, readVersion);
		KnowledgeItemInput clean = rules.clean(input, item.areaCodes());
		var before = item.snapshot();
		item.change(clean, Instant.now(clock));
		try {
			items.flush();
		}
		catch (OptimisticLockingFailureException e) {
			// Another save of the version read here committed first; it is at least one version further.
			throw audit.staleVersion(AUDIT_TYPE, id, readVersion + 1);
		}
		audit.record(AUDIT_TYPE, id, "updated", before, item.snapshot());
		if (item.status() == KnowledgeStatus.PUBLISHED) {
			// What readers see changes at once, so it passes the same checks and is kept as a version.
			checkPublishable(item);
			saveVersion(item, me);
		}
		return views.view(item);
	}

	@Override
	public KnowledgeItemView publish(UUID id) {
		CurrentUser me = identity.require(EDITORS);
		KnowledgeItem item = find(id);
		if (item.status() == KnowledgeStatus.PUBLISHED) {
			throw new ViolationException(Violation.of("status", "not-published",
					"knowledge.rule.alreadyPublished"));
		}
		checkPublishable(item);
		saveVersion(item, me);
		return views.view(item);
	}

	/** Runs every publishing rule on the item and its attachments; any violation blocks. */
	private void checkPublishable(KnowledgeItem item) {
		checks.require(item, attachments.findByItemIdOrderByUploadedAtAsc(item.id()), this::read);
	}

	private void saveVersion(KnowledgeItem item, CurrentUser me) {
		Instant now = Instant.now(clock);
		KnowledgeStatus before = item.status();
		int number = item.publish(now);
		versions.save(new KnowledgeItemVersion(item.id(), number, json.writeValueAsString(item.snapshot()), now,
				me.username()));
		audit.record(AUDIT_TYPE, item.id(), "published", Map.of("status", before.name()),
				Map.of("status", item.status().name(), "version", number));
		events.publishEvent(new KnowledgeItemPublished(item.id(), item.kind(), item.title(), number,
				item.areaCodes(), item.targetGroups()));
	}

	@Override
	public KnowledgeItemView unpublish(UUID id) {
		identity.require(EDITORS);
		KnowledgeItem item = find(id);
		if (item.status() != KnowledgeStatus.PUBLISHED) {
			throw new ViolationException(Violation.of("status", "published",
					"knowledge.rule.notPublished"));
		}
		item.unpublish(Instant.now(clock));
		audit.record(AUDIT_TYPE, id, "unpublished", Map.of("status", KnowledgeStatus.PUBLISHED.name()),
				Map.of("status", item.status().name()));
		return views.view(item);
	}

	@Override
	@Transactional(readOnly = true)
	public List<KnowledgeVersionView> versions(UUID id) {
		identity.require(EDITORS);
		find(id);
		return versions.findByItemIdOrderByNumberAsc(id).stream()
			.map(v -> new KnowledgeVersionView(v.number(), v.publishedAt(), v.publishedBy(), v.snapshot()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<KnowledgeArea> areas() {
		identity.require(EVERYONE);
		return views.areas();
	}

	@Override
	@Transactional(readOnly = true)
	public List<KnowledgeArea> allAreas() {
		identity.require(EVERYONE);
		return List.copyOf(views.allAreas().values());
	}

	@Override
	public KnowledgeAttachmentView attach(UUID id, String fileName, long size, InputStream content) {
		CurrentUser me = identity.require(EDITORS);
		KnowledgeItem item = find(id);
		UploadedDocument document = UploadedDocument.check(fileName, size, content);
		String key = files.store("knowledge", document);
		KnowledgeAttachment attachment = attachments.save(new KnowledgeAttachment(id, document.fileName(),
				document.contentType(), document.bytes().length, key, me.username(), Instant.now(clock)));
		attachmentTexts.extract(attachment, document.bytes());
		audit.record(AUDIT_TYPE, id, "attachment-added", null,
				Map.of("attachment", attachment.id(), "fileName", attachment.fileName()));
		if (item.status() == KnowledgeStatus.PUBLISHED) {
			// Readers could download it at once: a published item's new file passes the checks first.
			checkPublishable(item);
			saveVersion(item, me);
			indexing.attachmentsChanged(item);
		}
		return KnowledgeViews.attachment(attachment);
	}

	@Override
	public void removeAttachment(UUID id, UUID attachmentId) {
		identity.require(EDITORS);
		KnowledgeItem item = find(id);
		KnowledgeAttachment attachment = attachments.findById(attachmentId)
			.filter(a -> a.itemId().equals(id))
			.orElseThrow(() -> new NotFoundException("Bilagan finns inte."));
		// Its kept text goes with it (on delete cascade), and a published item is indexed anew without it.
		attachments.delete(attachment);
		indexing.attachmentsChanged(item);
		audit.record(AUDIT_TYPE, id, "attachment-removed",
				Map.of("attachment", attachment.id(), "fileName", attachment.fileName()), null);
		// The file goes only once the row is gone for good; a failed delete leaves an orphan file, never a dead row.
		files.deleteAfterCommit(attachment.storageKey());
	}

	@Override
	@Transactional(readOnly = true)
	public KnowledgeItemDownload download(UUID id, UUID attachmentId) {
		visible(identity.require(EVERYONE), id);
		KnowledgeAttachment attachment = attachments.findById(attachmentId)
			.filter(a -> a.itemId().equals(id))
			.orElseThrow(() -> new NotFoundException("Bilagan finns inte."));
		return new KnowledgeItemDownload(attachment.fileName(), attachment.contentType(), read(attachment));
	}

	private KnowledgeItem visible(CurrentUser me, UUID id) {
		KnowledgeItem item = find(id);
		if (item.status() != KnowledgeStatus.PUBLISHED && !me.is(EDITORS)) {
			throw new NotFoundException("Objektet finns inte.");
		}
		return item;
	}

	private KnowledgeItem find(UUID id) {
		return items.findById(id).orElseThrow(() -> new NotFoundException("Objektet finns inte."));
	}

	private byte[] read(KnowledgeAttachment attachment) {
		return files.read(attachment.storageKey());
	}
}
