package se.fuel.decisions.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.fuel.audit.AuditTrail;
import se.fuel.common.Violation;
import se.fuel.common.web.FormSubmission;
import se.fuel.decisions.DecisionDocuments;
import se.fuel.decisions.DecisionInput;
import se.fuel.decisions.DecisionNotices;
import se.fuel.decisions.DocumentView;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/**
 * A year's document versions and one version's page: the document itself, its PDF (signed once fully attested) and
 * the signing certificate, sending it for attestation, attesting it, and recording the committee's decision on it.
 */
@Controller
class DocumentController {

	/** The audit trail's name for a document version, as the document service records it. */
	static final String AUDIT_TYPE = "DecisionDocument";

	private final DecisionDocuments documents;

	private final Identity identity;

	private final AuditTrail audit;

	private final DecisionNotices notices;

	DocumentController(DecisionDocuments documents, Identity identity, AuditTrail audit, DecisionNotices notices) {
		this.documents = documents;
		this.notices = notices;
		this.identity = identity;
		this.audit = audit;
	}

	@GetMapping("/decisions/{year:[0-9]+}")
	String year(@PathVariable int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("versions", documents.versions(year));
		return "decisions/year";
	}

	@GetMapping("/decisions/documents/{id:[0-9a-fA-F-]+}")
	String show(@PathVariable UUID id, Model model) {
		FormSubmission.show(model, List.of());
		return page(documents.document(id), DecisionForm.empty(), model);
	}

	@GetMapping("/decisions/documents/{id:[0-9a-fA-F-]+}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		DocumentView document = documents.document(id);
		return pdfResponse(document, documents.pdf(id));
	}

	/** The certificate the attested versions' PDFs are signed with, as a .cer file a PDF reader can be told to trust. */
	@GetMapping("/decisions/signing-certificate.cer")
	ResponseEntity<byte[]> signingCertificate() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/pkix-cert"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("fuel-signeringscertifikat.cer").build().toString())
			.body(documents.signingCertificate().der());
	}

	/** The PDF as a download named after the year and version, for pages and the API alike. */
	static ResponseEntity<byte[]> pdfResponse(DocumentView document, byte[] pdf) {
		String name = "tjansteutlatande-" + document.year() + "-v" + document.version() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

	@PostMapping("/decisions/documents/{id}/send")
	String send(@PathVariable UUID id, @RequestParam(required = false) List<UUID> attestantIds, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return FormSubmission.submit(model, response, () -> {
			documents.sendForAttestation(id, attestantIds == null ? List.of() : attestantIds);
			redirect.addFlashAttribute("done", "decisions.document.sent");
			return "redirect:/decisions/documents/" + id;
		}, () -> page(documents.document(id), DecisionForm.empty(), model));
	}

	@PostMapping("/decisions/documents/{id}/attest")
	String attest(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return FormSubmission.submit(model, response, () -> {
			documents.attest(id);
			redirect.addFlashAttribute("done", "decisions.document.attested");
			return "redirect:/decisions/documents/" + id;
		}, () -> page(documents.document(id), DecisionForm.empty(), model));
	}

	@PostMapping("/decisions/documents/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam(required = false) String decidedOn,
			@RequestParam(required = false) String paragraph, @RequestParam(required = false) String asProposed,
			@RequestParam(required = false) String amendment, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		var form = new DecisionForm(decidedOn, paragraph, asProposed, amendment);
		var unreadable = new ArrayList<Violation>();
		DecisionInput input = form.input(unreadable);
		if (!unreadable.isEmpty()) {
			return FormSubmission.rejected(model, response, unreadable, () -> page(documents.document(id), form, model));
		}
		return FormSubmission.submit(model, response, () -> {
			documents.recordDecision(id, input);
			redirect.addFlashAttribute("done", "decisions.document.decided");
			return "redirect:/decisions/documents/" + id;
		}, () -> page(documents.document(id), form, model));
	}

	private String page(DocumentView document, DecisionForm form, Model model) {
		CurrentUser me = identity.current();
		boolean officer = me.isOfficer();
		model.addAttribute("document", document);
		model.addAttribute("officer", officer);
		model.addAttribute("canAttest", me.is(Role.ATTESTANT) && document.current() && document.attestations()
			.stream()
			.anyMatch(a -> a.attestantId().equals(me.userId()) && a.attestedAt() == null && a.voidedAt() == null));
		model.addAttribute("attestants", officer ? identity.usersWithRole(Role.ATTESTANT) : List.of());
		model.addAttribute("form", form);
		model.addAttribute("events", officer ? audit.page(AUDIT_TYPE, document.id(), 1) : List.of());
		boolean recordable = officer && document.current() && document.decision() == null && document.fullyAttested();
		model.addAttribute("notices", recordable ? notices.notices(document.id()) : List.of());
		model.addAttribute("signing", document.fullyAttested() ? documents.signingCertificate() : null);
		return "decisions/document-page";
	}
}
