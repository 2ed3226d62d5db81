package se.fuel.applications.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import se.fuel.applications.internal.ApplicationDetails;
import se.fuel.applications.internal.ApplicationService;
import se.fuel.applications.internal.AttachmentService;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;

/** One application: its read-only page, receipt, withdrawal, return for completion and attachments. */
@Controller
@RequestMapping("/applications/{id}")
class ApplicationPageController {

	private final ApplicationService applications;

	private final AttachmentService attachments;

	ApplicationPageController(ApplicationService applications, AttachmentService attachments) {
		this.applications = applications;
		this.attachments = attachments;
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model) {
		return page(id, model, List.of(), null);
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
		try {
			applications.withdraw(id);
		}
		catch (ViolationException e) {
			response.setStatus(422);
			return page(id, model, e.violations(), null);
		}
		redirect.addFlashAttribute("withdrawn", true);
		return "redirect:/applications/" + id;
	}

	@PostMapping("/return")
	String returnForCompletion(@PathVariable UUID id, @RequestParam(required = false) String message, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			applications.returnForCompletion(id, message);
		}
		catch (ViolationException e) {
			response.setStatus(422);
			return page(id, model, e.violations(), message);
		}
		redirect.addFlashAttribute("returned", true);
		return "redirect:/applications/" + id;
	}

	@PostMapping("/attachments")
	String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (file == null || file.isEmpty()) {
				throw new ViolationException(new Violation("file", "required", "Välj en fil att bifoga."));
			}
			attachments.add(id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
		}
		catch (ViolationException e) {
			response.setStatus(422);
			return page(id, model, e.violations(), null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		redirect.addFlashAttribute("uploaded", file.getOriginalFilename());
		return "redirect:/applications/" + id;
	}

	@PostMapping("/attachments/{attachmentId}/delete")
	String deleteAttachment(@PathVariable UUID id, @PathVariable UUID attachmentId, Model model,
			HttpServletResponse response) {
		try {
			attachments.remove(id, attachmentId);
		}
		catch (ViolationException e) {
			response.setStatus(422);
			return page(id, model, e.violations(), null);
		}
		return "redirect:/applications/" + id;
	}

	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		var file = attachments.download(id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(file.content()));
	}

	private String page(UUID id, Model model, List<Violation> violations, String message) {
		model.addAttribute("details", applications.find(id));
		model.addAttribute("events", applications.history(id));
		model.addAttribute("message", message);
		FormPage.errors(model, violations);
		return "applications/show";
	}
}
