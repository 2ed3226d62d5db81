package se.fuel.grants.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.grants.AnnualReportContent;
import se.fuel.grants.AnnualReports;

/**
 * The annual report of funded projects as JSON, PDF/A or the HTML page; the same service and so the same
 * authorization as the page (officers, administrators, attestants and readers).
 */
@RestController
@Tag(name = "Årsredovisning av projekt",
		description = "Redovisning av forsknings- och lokala utvecklingsprojekt år N: per projekt och per förvaltning")
class AnnualReportApi {

	private final AnnualReports reports;

	AnnualReportApi(AnnualReports reports) {
		this.reports = reports;
	}

	@GetMapping(path = "/api/v1/annual-reports/{year:\\d+}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Redovisningen av årets beviljade projekt; med to=ÅÅÅÅ för flera år (högst tio)")
	AnnualReportContent content(@PathVariable int year,
			@Parameter(description = "Sista året, om redovisningen ska omfatta flera år") @RequestParam(required = false) Integer to) {
		return reports.content(year, to == null ? year : to);
	}

	@GetMapping(path = "/api/v1/annual-reports/{year:\\d+}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Redovisningen som PDF/A-2b")
	ResponseEntity<byte[]> pdf(@PathVariable int year, @RequestParam(required = false) Integer to) {
		int last = to == null ? year : to;
		String name = "redovisning-fou-projekt-" + year + (last == year ? "" : "-" + last) + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(reports.pdf(year, last));
	}

	@GetMapping(path = "/api/v1/annual-reports/{year:\\d+}.html", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "Redovisningen som fristående HTML-dokument (det PDF:en görs av)")
	String html(@PathVariable int year, @RequestParam(required = false) Integer to) {
		return reports.html(year, to == null ? year : to);
	}
}
