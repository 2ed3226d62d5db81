package se.fuel.grants;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * Files attached to a grant's report: PDF, Word or Excel judged by their content, at most 10 MB, as for
 * applications. The grant's organisation adds and removes them while the report is a draft or returned for
 * completion; officers and the organisation read them. Another organisation's grant answers 404; other roles 403.
 */
public interface ReportAttachments {

	List<ReportAttachmentView> list(UUID grantId);

	ReportAttachmentView add(UUID grantId, ReportAttachmentKind kind, String fileName, long size, InputStream content);

	void remove(UUID grantId, UUID attachmentId);

	/** The file to download; the caller closes the stream. */
	ReportFile download(UUID grantId, UUID attachmentId);

	/** A downloadable file: its name, type, size and bytes. */
	record ReportFile(String fileName, String contentType, long sizeBytes, InputStream content) {
	}
}
