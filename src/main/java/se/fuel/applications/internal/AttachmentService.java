package se.fuel.applications.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.applications.ApplicationAttachments;
import se.fuel.applications.ApplicationDetails;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.documents.StoredDocuments;
import se.fuel.documents.UploadedDocument;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/** The files of an application, each checked as {@link UploadedDocument} checks every attachment in Fuel. */
@Service
class AttachmentService implements ApplicationAttachments {

	private final ApplicationService applications;

	private final AttachmentRepository attachments;

	private final StoredDocuments files;

	private final Identity identity;

	private final AuditTrail audit;

	private final Clock clock;

	AttachmentService(ApplicationService applications, AttachmentRepository attachments, StoredDocuments files,
			Identity identity, AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.applications = applications;
		this.attachments = attachments;
		this.files = files;
		this.identity = identity;
		this.audit = audit;
	}

	@Override
	@Transactional
	public ApplicationDetails.AttachmentInfo add(UUID applicationId, String fileName, long size, InputStream content) {
		CurrentUser me = identity.require(Role.APPLICANT);
		Application application = applications.editableByLead(applicationId, me);
		UploadedDocument upload = UploadedDocument.check(fileName, size, content);
		String key = files.store("applications", upload);
		var attachment = new Attachment(application.id(), upload.fileName(), upload.contentType(),
				upload.bytes().length, key, me.username(), clock.instant());
		attachments.save(attachment);
		audit.record(ApplicationService.AUDIT_TYPE, application.id(), "attachment-added", null, snapshot(attachment));
		return info(attachment);
	}

	@Override
	@Transactional
	public void remove(UUID applicationId, UUID attachmentId) {
		CurrentUser me = identity.require(Role.APPLICANT);
		Application application = applications.editableByLead(applicationId, me);
		Attachment attachment = attachments.findById(attachmentId)
			.filter(a -> a.applicationId().equals(application.id()))
			.orElseThrow(() -> new NotFoundException("attachment"));
		attachments.delete(attachment);
		audit.record(ApplicationService.AUDIT_TYPE, application.id(), "attachment-removed", snapshot(attachment), null);
		files.deleteAfterCommit(attachment.storageKey());
	}

	@Override
	@Transactional(readOnly = true)
	public Download download(UUID applicationId, UUID attachmentId) {
		CurrentUser me = identity.require(Role.APPLICANT, Role.OFFICER, Role.ADMIN);
		Application application = applications.visible(applicationId, me);
		Attachment attachment = attachments.findById(attachmentId)
			.filter(a -> a.applicationId().equals(application.id()))
			.orElseThrow(() -> new NotFoundException("attachment"));
		InputStream content = files.open(attachment.storageKey())
			.orElseThrow(() -> new NotFoundException("attachment file"));
		return new Download(attachment.fileName(), attachment.contentType(), attachment.sizeBytes(), content);
	}

	private static Map<String, Object> snapshot(Attachment a) {
		var s = new LinkedHashMap<String, Object>();
		s.put("attachment", a.id().toString());
		s.put("fileName", a.fileName());
		s.put("contentType", a.contentType());
		s.put("sizeBytes", a.sizeBytes());
		return s;
	}

	static ApplicationDetails.AttachmentInfo info(Attachment a) {
		return new ApplicationDetails.AttachmentInfo(a.id(), a.fileName(), a.contentType(), a.sizeBytes(),
				a.uploadedAt(), a.uploadedBy());
	}
}
