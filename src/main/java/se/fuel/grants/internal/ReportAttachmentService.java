package se.fuel.grants.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.documents.StoredDocuments;
import se.fuel.documents.UploadedDocument;
import se.fuel.grants.ReportAttachmentKind;
import se.fuel.grants.ReportAttachmentView;
import se.fuel.grants.ReportAttachments;
import se.fuel.grants.ReportStatus;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.OwnOrganisationOnly;
import se.fuel.identity.Role;

/** Files on grants' reports, kept in the file store, each upload and removal audited on the report. */
@Service
@Transactional
class ReportAttachmentService implements ReportAttachments {

	static final String FOLDER = "grant-reports";

	private final GrantRepository grants;

	private final GrantReportRepository reports;

	private final GrantReportAttachmentRepository attachments;

	private final StoredDocuments files;

	private final Identity identity;

	private final AuditTrail audit;

	private final Clock clock;

	ReportAttachmentService(GrantRepository grants, GrantReportRepository reports,
			GrantReportAttachmentRepository attachments, StoredDocuments files, Identity identity, AuditTrail audit,
			Clock clock) {
		this.grants = grants;
		this.reports = reports;
		this.attachments = attachments;
		this.files = files;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
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
			throw new ViolationException(Violation.of("kind", "required", "grants.report.attachments.kind.required"));
		}
		UploadedDocument document = UploadedDocument.check(fileName, size, content);
		String key = files.store(FOLDER, document);
		var attachment = attachments.save(new GrantReportAttachment(grant.id(), kind, document.fileName(),
				document.contentType(), document.bytes().length, key, me.username(), Instant.now(clock)));
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
		files.deleteAfterCommit(attachment.storageKey());
	}

	@Override
	@Transactional(readOnly = true)
	public ReportFile download(UUID grantId, UUID attachmentId) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN, Role.APPLICANT);
		GrantReportAttachment attachment = attachment(visible(me, grantId), attachmentId);
		InputStream file = files.open(attachment.storageKey())
			.orElseThrow(() -> new NotFoundException("report attachment"));
		return new ReportFile(attachment.fileName(), attachment.contentType(), attachment.sizeBytes(), file);
	}

	private GrantReportAttachment attachment(Grant grant, UUID attachmentId) {
		return attachments.findById(attachmentId)
			.filter(a -> a.grantId().equals(grant.id()))
			.orElseThrow(() -> new NotFoundException("report attachment"));
	}

	private void requireEditable(Grant grant) {
		ReportStatus status = reports.findByGrantId(grant.id()).map(GrantReport::status).orElse(ReportStatus.DRAFT);
		if (status == ReportStatus.HANDED_IN || status == ReportStatus.APPROVED) {
			throw new ViolationException(Violation.of("file", "status", "grants.rule.attachments.notEditable",
					status.inSentence()));
		}
	}

	private Grant visible(CurrentUser me, UUID grantId) {
		return grants.findById(grantId)
			.filter(g -> OwnOrganisationOnly.exceptOfficers(me).sees(g.organisationId()))
			.orElseThrow(() -> new NotFoundException("grant"));
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
