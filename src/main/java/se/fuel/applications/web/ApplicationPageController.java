package se.fuel.applications.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.common.web.Downloads;
import se.fuel.applications.ApplicationAttachments;
import se.fuel.applications.ApplicationDetails;
import se.fuel.applications.Applications;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.common.web.FormSubmission;

/** One application: its read-only page, receipt, withdrawal, return for completion and attachments. */
@Controller
@RequestMapping("/applications/{id}")
class ApplicationPageController {

	private final Applications applications;

	private final ApplicationAttachments attachments;

	ApplicationPageController(Applications applications, ApplicationAttachments attachments) {
		this.applications = applications;
		this.attachments = attachments;
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model) {
		return page(id, model, null);
	}

	@GetMapping("/receipt")
	String receipt(@PathVariable UUID id, Model model) {
		ApplicationDetails app = applications.find(id);
		if (app.registrationNumber() == null) {
			return "redirect:/applications/" + id;
		}
		model.addAttribute("details", app);
		return "applications/receipt";
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return FormSubmission.submit(model, response, () -> {
			applications.withdraw(id);
			redirect.addFlashAttribute("saved", "applications.banner.withdrawn");
			return "redirect:/applications/" + id;
		}, () -> page(id, model, null));
	}

	@PostMapping("/return")
	String returnForCompletion(@PathVariable UUID id, @RequestParam(required = false) String message, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return FormSubmission.submit(model, response, () -> {
			applications.returnForCompletion(id, message);
			redirect.addFlashAttribute("saved", "applications.banner.returned");
			return "redirect:/applications/" + id;
		}, () -> page(id, model, message));
	}

	@PostMapping("/attachments")
	String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return FormSubmission.submit(model, response, () -> {
			if (file == null || file.isEmpty()) {
				throw new ViolationException(Violation.of("file", "required", "applications.input.file"));
			}
			try {
				attachments.add(id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			redirect.addFlashAttribute("uploaded", file.getOriginalFilename());
			return "redirect:/applications/" + id;
		}, () -> page(id, model, null));
	}

	@PostMapping("/attachments/{attachmentId}/delete")
	String deleteAttachment(@PathVariable UUID id, @PathVariable UUID attachmentId, Model model,
			HttpServletResponse response) {
		return FormSubmission.submit(model, response, () -> {
			attachments.remove(id, attachmentId);
			return "redirect:/applications/" + id;
		}, () -> page(id, model, null));
	}

	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		var file = attachments.download(id, attachmentId);
		return Downloads.attachment(file.fileName(), file.contentType(), file.sizeBytes(), file.content());
	}

	private String page(UUID id, Model model, String message) {
		model.addAttribute("details", applications.find(id));
		model.addAttribute("events", applications.history(id));
		model.addAttribute("message", message);
		FormPage.errors(model, ApplicationsController.shown(model));
		return "applications/show";
	}
}
