package se.fuel.grants.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.documents.FileStore;
import se.fuel.documents.UploadedDocument;
import se.fuel.grants.ReportAttachmentKind;
import se.fuel.grants.ReportAttachmentView;
import se.fuel.grants.ReportAttachments;
import se.fuel.grants.ReportStatus;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/** Files on grants' reports, kept in the file store, each upload and removal audited on the report. */
@Service
@Transactional
class ReportAttachmentService implements ReportAttachments {

	static final String FOLDER = "grant-reports";

	private final GrantRepository grants;

	private final GrantReportRepository reports;

	private final GrantReportAttachmentRepository attachments;

	private final FileStore files;

	private final Identity identity;

	private final AuditTrail audit;

	ReportAttachmentService(GrantRepository grants, GrantReportRepository reports,
			GrantReportAttachmentRepository attachments, FileStore files, Identity identity, AuditTrail audit) {
		this.grants = grants;
		this.reports = reports;
		this.attachments = attachments;
		this.files = files;
		this.identity = identity;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReportAttachmentView> list(UUID grantId) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN, Role.APPLICANT);
		Grant grant = visible(me, grantId);
		return attachments.findByGrantIdOrderByUploadedAtAsc(grant.id()).stream().map(ReportAttachmentService::view)
			.toList();
	}

	@Override
	public ReportAttachmentView add(UUID grantId, ReportAttachmentKind kind, String fileName, long size,
			InputStream content) {
		CurrentUser me = identity.require(Role.APPLICANT);
		Grant grant = visible(me, grantId);
		requireEditable(grant);
		if (kind == null) {
			throw new ViolationException(new Violation("kind", "required",
					"Slag av bilaga måste väljas: slutrapport, förstudie, reserapport eller övrigt."));
		}
		UploadedDocument document = UploadedDocument.check(fileName, size, content);
		String key;
		try {
			key = files.put(FOLDER, new ByteArrayInputStream(document.bytes()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		deleteUnless(key, true);
		var attachment = attachments.save(new GrantReportAttachment(grant.id(), kind, document.fileName(),
				document.contentType(), document.bytes().length, key, me.username(), Instant.now()));
		audit.record(GrantReportService.AUDIT_TYPE, grant.id(), "attachment-added", null, snapshot(attachment));
		return view(attachment);
	}

	@Override
	public void remove(UUID grantId, UUID attachmentId) {
		CurrentUser me = identity.require(Role.APPLICANT);
		Grant grant = visible(me, grantId);
		GrantReportAttachment attachment = attachment(grant, attachmentId);
		requireEditable(grant);
		attachments.delete(attachment);
		audit.record(GrantReportService.AUDIT_TYPE, grant.id(), "attachment-removed", snapshot(attachment), null);
		deleteUnless(attachment.storageKey(), false);
	}

	@Override
	@Transactional(readOnly = true)
	public ReportFile download(UUID grantId, UUID attachmentId) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN, Role.APPLICANT);
		GrantReportAttachment attachment = attachment(visible(me, grantId), attachmentId);
		try {
			return new ReportFile(attachment.fileName(), attachment.contentType(), attachment.sizeBytes(),
					files.open(attachment.storageKey()));
		}
		catch (IOException e) {
			throw new NotFoundException("Bilagan finns inte.");
		}
	}

	private GrantReportAttachment attachment(Grant grant, UUID attachmentId) {
		return attachments.findById(attachmentId)
			.filter(a -> a.grantId().equals(grant.id()))
			.orElseThrow(() -> new NotFoundException("Bilagan finns inte."));
	}

	private void requireEditable(Grant grant) {
		ReportStatus status = reports.findByGrantId(grant.id()).map(GrantReport::status).orElse(ReportStatus.DRAFT);
		if (status == ReportStatus.HANDED_IN || status == ReportStatus.APPROVED) {
			throw new ViolationException(Violation.of("file", "status", "grants.rule.attachments.notEditable",
					status.inSentence()));
		}
	}

	/**
	 * Deletes the stored file after the transaction: an upload's file when the transaction rolled back (nothing
	 * refers to it), a removed attachment's file once the removal committed.
	 */
	private void deleteUnless(String key, boolean onlyIfRolledBack) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if ((status == STATUS_COMMITTED) != onlyIfRolledBack) {
					try {
						files.delete(key);
					}
					catch (IOException e) {
						// An orphaned file is harmless: nothing refers to it any longer.
					}
				}
			}
		});
	}

	private Grant visible(CurrentUser me, UUID grantId) {
		return grants.findById(grantId)
			.filter(g -> me.isOfficer() || g.organisationId().equals(me.organisationId()))
			.orElseThrow(() -> new NotFoundException("Beviljade medel finns inte."));
	}

	private static Map<String, Object> snapshot(GrantReportAttachment a) {
		var s = new LinkedHashMap<String, Object>();
		s.put("attachment", a.id().toString());
		s.put("kind", a.kind().name());
		s.put("fileName", a.fileName());
		s.put("contentType", a.contentType());
		s.put("sizeBytes", a.sizeBytes());
		return s;
	}

	private static ReportAttachmentView view(GrantReportAttachment a) {
		return new ReportAttachmentView(a.id(), a.grantId(), a.kind(), a.kind().label(), a.fileName(),
				a.contentType(), a.sizeBytes(), a.uploadedAt(), a.uploadedBy());
	}
}
