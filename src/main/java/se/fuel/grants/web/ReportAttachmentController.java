package se.fuel.grants.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.common.web.Downloads;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.common.web.FormSubmission;
import se.fuel.grants.ReportAttachmentKind;
import se.fuel.grants.ReportAttachments;

/** Uploading, removing and downloading the files of a grant's report, from the report page. */
@Controller
class ReportAttachmentController {

	private final ReportAttachments attachments;

	private final GrantReportController pages;

	ReportAttachmentController(ReportAttachments attachments, GrantReportController pages) {
		this.attachments = attachments;
		this.pages = pages;
	}

	@PostMapping("/grants/{id}/report/attachments")
	String upload(@PathVariable UUID id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return FormSubmission.submit(model, response, () -> {
			if (file == null || file.isEmpty()) {
				throw new ViolationException(Violation.of("file", "required", "grants.rule.attachments.fileRequired"));
			}
			try {
				attachments.add(id, kind(kind), file.getOriginalFilename(), file.getSize(), file.getInputStream());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			redirect.addFlashAttribute("saved", "grants.report.saved.uploaded");
			return "redirect:/grants/" + id + "/report";
		}, () -> pages.rejected(id, GrantReportController.shown(model), Map.of("kind", kind == null ? "" : kind), model));
	}

	@PostMapping("/grants/{id}/report/attachments/{attachmentId}/delete")
	String delete(@PathVariable UUID id, @PathVariable UUID attachmentId, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return FormSubmission.submit(model, response, () -> {
			attachments.remove(id, attachmentId);
			redirect.addFlashAttribute("saved", "grants.report.saved.removed");
			return "redirect:/grants/" + id + "/report";
		}, () -> pages.rejected(id, GrantReportController.shown(model), Map.of(), model));
	}

	@GetMapping("/grants/{id}/report/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		return file(attachments.download(id, attachmentId));
	}

	/** The file as a download with its own name; shared with the API. */
	static ResponseEntity<InputStreamResource> file(ReportAttachments.ReportFile file) {
		return Downloads.attachment(file.fileName(), file.contentType(), file.sizeBytes(), file.content());
	}

	/** The kind as chosen, or null when none or unknown (the service then asks for one). */
	static ReportAttachmentKind kind(String value) {
		try {
			return value == null || value.isBlank() ? null : ReportAttachmentKind.valueOf(value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
