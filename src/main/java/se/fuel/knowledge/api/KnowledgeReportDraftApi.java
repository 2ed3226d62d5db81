package se.fuel.knowledge.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.knowledge.KnowledgeItemView;
import se.fuel.knowledge.KnowledgeReportDrafts;
import se.fuel.knowledge.ReportDraftView;

/** The approved reports' drafts waiting on published items, as JSON; officers only, as on the pages. */
@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Kunskapsbank")
class KnowledgeReportDraftApi {

	private final KnowledgeReportDrafts reportDrafts;

	KnowledgeReportDraftApi(KnowledgeReportDrafts reportDrafts) {
		this.reportDrafts = reportDrafts;
	}

	@GetMapping("/report-drafts")
	@Operation(summary = "Publicerade objekt med ett utkast från en godkänd redovisning som väntar (handläggare)")
	List<KnowledgeItemView> waiting() {
		return reportDrafts.waiting();
	}

	@GetMapping("/{id}/report-draft")
	@Operation(summary = "Utkastet från redovisningen som väntar på objektet; 404 om inget väntar (handläggare)")
	ResponseEntity<ReportDraftView> draft(@PathVariable UUID id) {
		return ResponseEntity.of(reportDrafts.of(id));
	}

	@PostMapping("/{id}/report-draft/publish")
	@Operation(summary = "Publicerar utkastet som objektets nästa version efter kontroll; 422 med överträdelserna annars")
	KnowledgeItemView publish(@PathVariable UUID id) {
		return reportDrafts.publish(id);
	}

	@PostMapping("/{id}/report-draft/discard")
	@Operation(summary = "Tar bort utkastet; objektet är oförändrat (handläggare)")
	ResponseEntity<Void> discard(@PathVariable UUID id) {
		reportDrafts.discard(id);
		return ResponseEntity.noContent().build();
	}
}
