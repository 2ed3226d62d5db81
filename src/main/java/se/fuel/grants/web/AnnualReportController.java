package se.fuel.grants.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.common.web.FormSubmission;
import se.fuel.grants.AnnualReports;

/**
 * "Redovisning av forsknings- och lokala utvecklingsprojekt": the annual report of one year or a span of years
 * ({@code ?year=2017} or {@code ?from=2002&to=2003}; last year by default), as a page and as PDF/A.
 */
@Controller
class AnnualReportController {

	private final AnnualReports reports;

	private final Clock clock;

	AnnualReportController(AnnualReports reports, Clock clock) {
		this.clock = clock;
		this.reports = reports;
	}

	@GetMapping("/grants/annual-report")
	String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model, HttpServletResponse response) {
		model.addAttribute("from", from == null ? "" : from.strip());
		model.addAttribute("to", to == null ? "" : to.strip());
		model.addAttribute("report", null);
		FormSubmission.show(model, List.of());
		return FormSubmission.submit(model, response, () -> {
			int[] span = span(year, yearOf(from, "from", "grants.annual.from"), yearOf(to, "to", "grants.annual.to"));
			model.addAttribute("from", span[0]);
			model.addAttribute("to", span[1]);
			model.addAttribute("report", reports.content(span[0], span[1]));
			return "grants/annual-report";
		}, () -> "grants/annual-report");
	}

	@GetMapping("/grants/annual-report.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
		int[] span = span(year, from, to);
		return pdfResponse(span[0], span[1], reports.pdf(span[0], span[1]));
	}

	/** The PDF as a download named after its years, for pages and the API alike. */
	static ResponseEntity<byte[]> pdfResponse(int from, int to, byte[] pdf) {
		String name = "redovisning-fou-projekt-" + from + (from == to ? "" : "-" + to) + ".pdf";
		return ResponseEntity.status(HttpStatus.OK)
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(pdf);
	}

	/** A typed year, or null when left empty; anything but four digits is a violation naming the field. */
	private static Integer yearOf(String typed, String field, String label) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		if (!typed.strip().matches("\\d{4}")) {
			throw new ViolationException(Violation.of(field, "year", "grants.rule.year", Text.of(label)));
		}
		return Integer.valueOf(typed.strip());
	}

	/** One year, or from–to (a missing end is the other end), or last year when nothing is asked for. */
	int[] span(Integer year, Integer from, Integer to) {
		if (year != null) {
			return new int[] { year, year };
		}
		if (from == null && to == null) {
			int last = LocalDate.now(clock).getYear() - 1;
			return new int[] { last, last };
		}
		int start = from != null ? from : to;
		return new int[] { start, to != null ? to : start };
	}
}
