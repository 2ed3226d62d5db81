package se.fuel.knowledge.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.common.Violation;
import se.fuel.common.web.FormSubmission;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.KnowledgeItemDownload;

/** Uploading, removing and downloading the files of a knowledge item, from the item page. */
@Controller
class KnowledgeAttachmentController {

	private final KnowledgeBank bank;

	private final KnowledgeController pages;

	private final Identity identity;

	KnowledgeAttachmentController(KnowledgeBank bank, KnowledgeController pages, Identity identity) {
		this.bank = bank;
		this.pages = pages;
		this.identity = identity;
	}

	@PostMapping("/knowledge/{id}/attachments")
	String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (file == null || file.isEmpty()) {
			identity.require(Role.OFFICER, Role.ADMIN);
			return FormSubmission.rejected(model, response,
					List.of(Violation.of("file", "required", "knowledge.form.rule.fileRequired")),
					() -> pages.page(bank.item(id), model));
		}
		return FormSubmission.submit(model, response, () -> {
			try {
				bank.attach(id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			redirect.addFlashAttribute("saved", "knowledge.saved.uploaded");
			return "redirect:/knowledge/" + id;
		}, () -> pages.page(bank.item(id), model));
	}

	@PostMapping("/knowledge/{id}/attachments/{attachmentId}/delete")
	String delete(@PathVariable UUID id, @PathVariable UUID attachmentId, RedirectAttributes redirect) {
		bank.removeAttachment(id, attachmentId);
		redirect.addFlashAttribute("saved", "knowledge.saved.removed");
		return "redirect:/knowledge/" + id;
	}

	@GetMapping("/knowledge/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		KnowledgeItemDownload file = bank.download(id, attachmentId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(file.bytes());
	}
}
