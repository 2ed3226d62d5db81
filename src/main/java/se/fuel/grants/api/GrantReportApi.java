package se.fuel.grants.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.common.Versions;
import se.fuel.common.web.EntityTags;
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

	/**
	 * The officer's comment or message, and the version of the report decided on when not sent as If-Match; an
	 * approval before the project period has begun also needs {@code overrideReason}.
	 */
	record Text(String comment, String message, String overrideReason, Long version) {
	}

	/** A draft, with the version it was made on when the client does not send If-Match. */
	record Change(@JsonUnwrapped ReportInput input, Long version) implements EntityTags.VersionedBody {
	}

	/** A new outcome category. */
	record CategoryInput(String label) {
	}

	@GetMapping("/api/v1/grants/{id}/report")
	@Operation(summary = "Redovisningen med version (även som ETag; -1 innan den sparats), eller ett tomt utkast; 404 "
			+ "för en annan förvaltnings")
	ResponseEntity<ReportView> report(@PathVariable UUID id) {
		return tagged(reporting.report(id));
	}

	@PutMapping("/api/v1/grants/{id}/report")
	@Operation(summary = "Sparar redovisningen som utkast (förvaltningen). Med If-Match eller version i kroppen: 412 "
			+ "respektive 409 om någon annan har sparat sedan dess")
	ResponseEntity<ReportView> save(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Change change) {
		return tagged(reporting.save(id, change.input(), change.opened(ifMatch)));
	}

	@PostMapping("/api/v1/grants/{id}/report/submit")
	@Operation(summary = "Lämnar in redovisningen (förvaltningen)")
	ReportView submit(@PathVariable UUID id) {
		return reporting.submit(id);
	}

	@PostMapping("/api/v1/grants/{id}/report/approve")
	@Operation(summary = "Godkänner redovisningen med samordnarens kommentar (handläggare). Med If-Match eller version "
			+ "i kroppen: 412 respektive 409 om redovisningen har ändrats sedan den lästes. Före projektperiodens start "
			+ "422 med regeln report-approved-once-the-period-has-begun, om inte overrideReason anger skälet")
	ResponseEntity<ReportView> approve(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody(required = false) Text body) {
		return tagged(reporting.approve(id, body == null ? null : body.comment(),
				body == null ? null : body.overrideReason(), opened(ifMatch, body)));
	}

	@PostMapping("/api/v1/grants/{id}/report/return")
	@Operation(summary = "Skickar tillbaka redovisningen för komplettering med ett meddelande (handläggare). Med "
			+ "If-Match eller version i kroppen: 412 respektive 409 om redovisningen har ändrats sedan den lästes")
	ResponseEntity<ReportView> returnForCompletion(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody(required = false) Text body) {
		return tagged(reporting.returnForCompletion(id, body == null ? null : body.message(), opened(ifMatch, body)));
	}

	private static Long opened(String ifMatch, Text body) {
		return Versions.opened(ifMatch, body == null ? null : body.version());
	}

	private static ResponseEntity<ReportView> tagged(ReportView report) {
		return EntityTags.ok(report, report.version());
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
