package se.fuel.applications;

import java.io.InputStream;
import java.util.UUID;

/**
 * Files attached to an application: PDF, Word and Excel only, judged by their content (a text file renamed to .pdf is
 * refused), at most 10 MB. The lead organisation's applicants add and remove them while the application is editable;
 * only those who may see the application may download them.
 */
public interface ApplicationAttachments {

	ApplicationDetails.AttachmentInfo add(UUID applicationId, String fileName, long size, InputStream content);

	void remove(UUID applicationId, UUID attachmentId);

	/** The file to download; the caller closes the stream. */
	Download download(UUID applicationId, UUID attachmentId);

	/** A downloadable file: its name, type, size and bytes. */
	record Download(String fileName, String contentType, long sizeBytes, InputStream content) {
	}
}
