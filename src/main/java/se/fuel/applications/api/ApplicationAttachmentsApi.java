package se.fuel.applications.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.fuel.common.web.Downloads;
import se.fuel.applications.ApplicationAttachments;
import se.fuel.applications.ApplicationDetails;
import se.fuel.applications.Applications;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;

/**
 * An application's files as JSON and downloads: the same service as the application's page, so the same rules (the
 * lead organisation's applicants change them while the application is editable, everyone who may see the application
 * reads them) and the same audit.
 */
@RestController
@RequestMapping("/api/v1/applications/{id}/attachments")
@Tag(name = "Ansökningar", description = "Utkast, inskickning, komplettering")
class ApplicationAttachmentsApi {

	private final Applications applications;

	private final ApplicationAttachments attachments;

	ApplicationAttachmentsApi(Applications applications, ApplicationAttachments attachments) {
		this.applications = applications;
		this.attachments = attachments;
	}

	@GetMapping
	@Operation(summary = "Ansökans bilagor; 404 om anroparen inte får se ansökan")
	List<ApplicationDetails.AttachmentInfo> list(@PathVariable UUID id) {
		return applications.find(id).attachments();
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Bifogar en fil (fältet file): PDF, Word eller Excel, högst 10 MB (den sökande "
			+ "förvaltningen, medan ansökan går att ändra); 422 med violations vid fel")
	ApplicationDetails.AttachmentInfo upload(@PathVariable UUID id,
			@RequestParam(required = false) MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new ViolationException(Violation.of("file", "required", "applications.input.file"));
		}
		try {
			return attachments.add(id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/{attachmentId}")
	@Operation(summary = "Hämtar en bilaga")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		var file = attachments.download(id, attachmentId);
		return Downloads.attachment(file.fileName(), file.contentType(), file.sizeBytes(), file.content());
	}

	@DeleteMapping("/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Tar bort en bilaga (den sökande förvaltningen, medan ansökan går att ändra)")
	void delete(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		attachments.remove(id, attachmentId);
	}
}
