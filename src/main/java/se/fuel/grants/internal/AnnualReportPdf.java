package se.fuel.grants.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.fuel.common.SwedishFormat;
import se.fuel.documents.PdfA;
import se.fuel.grants.AnnualReportContent;

/** The annual report as PDF/A-2b: the page's content (templates/grants/annual-report-document.html) laid out for A4. */
@Component
class AnnualReportPdf {

	private final ITemplateEngine templates;

	AnnualReportPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	String xhtml(AnnualReportContent report) {
		return templates.process("grants/annual-report-pdf", new Context(SwedishFormat.SWEDISH, Map.of("report", report)));
	}

	byte[] render(AnnualReportContent report) {
		return PdfA.fromXhtml(xhtml(report), "annual report " + report.fromYear() + "-" + report.toYear());
	}
}
