package se.fuel.grants.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.fuel.common.web.Downloads;
import se.fuel.common.web.EntityTags;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.grants.GrantView;
import se.fuel.grants.Grants;
import se.fuel.grants.ReportAttachmentKind;
import se.fuel.grants.ReportAttachmentView;
import se.fuel.grants.ReportAttachments;
import se.fuel.grants.ReportOversight;
import se.fuel.grants.ReportView;

/**
 * The report's due date, the coordinator's comment and the report's files as JSON; the same services and so the same
 * authorization as the pages.
 */
@RestController
@Tag(name = "Redovisning", description = "Redovisning av beviljade medel: ekonomi och genomförande")
class ReportFollowUpApi {

	private final ReportOversight oversight;

	private final ReportAttachments attachments;

	private final Grants grants;

	ReportFollowUpApi(ReportOversight oversight, ReportAttachments attachments, Grants grants) {
		this.grants = grants;
		this.oversight = oversight;
		this.attachments = attachments;
	}

	/** A new report due date with the reason for it, and the grant's version when not sent as If-Match. */
	record DueDateInput(LocalDate reportDueDate, String reason, Long version) implements EntityTags.VersionedBody {
	}

	/** The coordinator's comment; blank removes it. */
	record CommentInput(String comment, Long version) implements EntityTags.VersionedBody {
	}

	/** The report due date and why the officer moved it (null when it is the call's). */
	record DueDate(LocalDate reportDueDate, String reason) {
	}

	@GetMapping("/api/v1/grants/{id}/report-due-date")
	@Operation(summary = "Sista dag för redovisning och skälet om handläggaren ändrat den; 404 för en annan förvaltnings")
	DueDate dueDate(@PathVariable UUID id) {
		String reason = oversight.reportDueDateReason(id);
		return new DueDate(grants.find(id).map(GrantView::reportDueDate).orElse(null), reason);
	}

	@PutMapping("/api/v1/grants/{id}/report-due-date")
	@Operation(summary = "Ändrar sista dag för redovisning, med skäl (handläggare). Med bidragets version i If-Match "
			+ "eller i kroppen: 412 respektive 409 om bidraget har ändrats sedan det lästes")
	ResponseEntity<GrantView> changeDueDate(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody DueDateInput input) {
		var grant = oversight.changeReportDueDate(id, input.reportDueDate(), input.reason(),
				input.opened(ifMatch));
		return EntityTags.ok(grant, grant.version());
	}

	@PutMapping("/api/v1/grants/{id}/report/coordinator-comment")
	@Operation(summary = "Skriver samordnarens kommentar, även utan inkommen redovisning (handläggare)")
	ReportView coordinatorComment(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody CommentInput input) {
		return oversight.writeCoordinatorComment(id, input.comment(), input.opened(ifMatch));
	}

	@GetMapping("/api/v1/grants/{id}/report/attachments")
	@Operation(summary = "Redovisningens bilagor; 404 för en annan förvaltnings")
	List<ReportAttachmentView> attachments(@PathVariable UUID id) {
		return attachments.list(id);
	}

	@PostMapping(path = "/api/v1/grants/{id}/report/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Laddar upp en bilaga: slutrapport, förstudie, reserapport eller övrigt (förvaltningen)")
	ReportAttachmentView upload(@PathVariable UUID id, @RequestParam(required = false) ReportAttachmentKind kind,
			@RequestParam(required = false) MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new ViolationException(Violation.of("file", "required", "grants.rule.attachments.fileRequired"));
		}
		try {
			return attachments.add(id, kind, file.getOriginalFilename(), file.getSize(), file.getInputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/api/v1/grants/{id}/report/attachments/{attachmentId}")
	@Operation(summary = "Hämtar en bilaga")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		var file = attachments.download(id, attachmentId);
		return Downloads.attachment(file.fileName(), file.contentType(), file.sizeBytes(), file.content());
	}

	@DeleteMapping("/api/v1/grants/{id}/report/attachments/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Tar bort en bilaga (förvaltningen, medan redovisningen är utkast eller återskickad)")
	void delete(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		attachments.remove(id, attachmentId);
	}
}
