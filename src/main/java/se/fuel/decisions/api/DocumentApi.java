package se.fuel.decisions.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import se.fuel.decisions.DecisionDocuments;
import se.fuel.decisions.DecisionInput;
import se.fuel.decisions.DecisionNotice;
import se.fuel.decisions.DecisionNotices;
import se.fuel.decisions.DocumentSummary;
import se.fuel.decisions.DocumentView;

/**
 * Decision documents, their attestation and the committee's decision as JSON, HTML and PDF; the same service and so
 * the same authorization as the pages.
 */
@RestController
@RequestMapping("/api/v1/decision-documents")
@Tag(name = "Tjänsteutlåtanden", description = "Versioner av tjänsteutlåtandet, attest och nämndens beslut")
class DocumentApi {

	private final DecisionDocuments documents;

	private final DecisionNotices notices;

	DocumentApi(DecisionDocuments documents, DecisionNotices notices) {
		this.documents = documents;
		this.notices = notices;
	}

	@GetMapping
	@Operation(summary = "Årets versioner, senaste först (FoU-handläggare)")
	List<DocumentSummary> versions(@RequestParam int year) {
		return documents.versions(year);
	}

	@GetMapping("/{id}")
	@Operation(summary = "En version med allt innehåll, attester och beslut")
	DocumentView get(@PathVariable UUID id) {
		return documents.document(id);
	}

	@GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Versionen som PDF/A-2b, digitalt signerad (PAdES) när alla attestanter har attesterat")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		DocumentView document = documents.document(id);
		String name = "tjansteutlatande-" + document.year() + "-v" + document.version() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(documents.pdf(id));
	}

	@GetMapping(value = "/{id}/html", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "Versionens text som HTML-fragment, som på sidan")
	ModelAndView html(@PathVariable UUID id) {
		return new ModelAndView("decisions/document :: document", Map.of("document", documents.document(id)));
	}

	@GetMapping("/{id}/notices")
	@Operation(summary = "Vilka som får beslutsbrevet för varje ansökan och vilka som inte nås, innan beslutet "
			+ "registreras, som på versionens sida (FoU-handläggare)")
	List<DecisionNotice> notices(@PathVariable UUID id) {
		return notices.notices(id);
	}

	@PostMapping("/{id}/send")
	@Operation(summary = "Skicka den aktuella versionen för attest till namngivna attestanter (FoU-handläggare)")
	DocumentView send(@PathVariable UUID id, @RequestBody SendRequest request) {
		return documents.sendForAttestation(id, request.attestantIds() == null ? List.of() : request.attestantIds());
	}

	@PostMapping("/{id}/attest")
	@Operation(summary = "Attestera en version som skickats till den inloggade attestanten")
	DocumentView attest(@PathVariable UUID id) {
		return documents.attest(id);
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Registrera nämndens beslut på den fullt attesterade aktuella versionen (FoU-handläggare)")
	DocumentView decide(@PathVariable UUID id, @RequestBody DecisionRequest request) {
		return documents.recordDecision(id, new DecisionInput(request.decidedOn(), request.paragraph(),
				request.asProposed() == null || request.asProposed(), request.amendment()));
	}

	/** Who is to attest: users with the attestant role. */
	record SendRequest(List<UUID> attestantIds) {
	}

	/** The committee's decision as the minutes state it; {@code asProposed} defaults to true. */
	record DecisionRequest(LocalDate decidedOn, String paragraph, Boolean asProposed, String amendment) {
	}
}
