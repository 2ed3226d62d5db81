package se.fuel.grants.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.grants.GrantReporting;
import se.fuel.grants.OutcomeCategory;
import se.fuel.grants.ReportInput;
import se.fuel.grants.ReportView;

/** A grant's report as JSON; the same service and so the same authorization as the pages. */
@RestController
@Tag(name = "Redovisning", description = "Redovisning av beviljade medel: ekonomi och genomförande")
class GrantReportApi {

	private final GrantReporting reporting;

	GrantReportApi(GrantReporting reporting) {
		this.reporting = reporting;
	}

	/** The officer's comment or message. */
	record Text(String comment, String message) {
	}

	/** A new outcome category. */
	record CategoryInput(String label) {
	}

	@GetMapping("/api/v1/grants/{id}/report")
	@Operation(summary = "Redovisningen, eller ett tomt utkast; 404 för en annan förvaltnings")
	ReportView report(@PathVariable UUID id) {
		return reporting.report(id);
	}

	@PutMapping("/api/v1/grants/{id}/report")
	@Operation(summary = "Sparar redovisningen som utkast (förvaltningen)")
	ReportView save(@PathVariable UUID id, @RequestBody ReportInput input) {
		return reporting.save(id, input);
	}

	@PostMapping("/api/v1/grants/{id}/report/submit")
	@Operation(summary = "Lämnar in redovisningen (förvaltningen)")
	ReportView submit(@PathVariable UUID id) {
		return reporting.submit(id);
	}

	@PostMapping("/api/v1/grants/{id}/report/approve")
	@Operation(summary = "Godkänner redovisningen med samordnarens kommentar (handläggare)")
	ReportView approve(@PathVariable UUID id, @RequestBody(required = false) Text body) {
		return reporting.approve(id, body == null ? null : body.comment());
	}

	@PostMapping("/api/v1/grants/{id}/report/return")
	@Operation(summary = "Skickar tillbaka redovisningen för komplettering med ett meddelande (handläggare)")
	ReportView returnForCompletion(@PathVariable UUID id, @RequestBody(required = false) Text body) {
		return reporting.returnForCompletion(id, body == null ? null : body.message());
	}

	@GetMapping("/api/v1/grants/report-categories")
	@Operation(summary = "Utfallskategorier för redovisningen")
	List<OutcomeCategory> categories() {
		return reporting.categories();
	}

	@PostMapping("/api/v1/grants/report-categories")
	@Operation(summary = "Lägger till en utfallskategori (handläggare)")
	List<OutcomeCategory> addCategory(@RequestBody CategoryInput input) {
		return reporting.addCategory(input.label());
	}
}
