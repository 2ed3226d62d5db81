package se.fuel.decisions.document;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.fuel.common.SwedishFormat;
import se.fuel.documents.PdfA;
import se.fuel.decisions.DocumentView;

/**
 * Renders a document version as an archivable PDF/A-2b (see {@link PdfA}): the same content as the HTML page
 * (templates/decisions/document.html), laid out for A4 with "Sida x av y" in the footer.
 */
@Component
public class DocumentRenderer {

	static final String FONT_FAMILY = PdfA.FONT_FAMILY;

	private final ITemplateEngine templates;

	public DocumentRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The document as the page shows it, as XHTML for the PDF renderer. */
	String xhtml(DocumentView document) {
		var context = new Context(SwedishFormat.SWEDISH, Map.of("document", document, "withTitle", true));
		return templates.process("decisions/document-pdf", context);
	}

	public byte[] pdf(DocumentView document) {
		return PdfA.fromXhtml(xhtml(document), "decision document " + document.id());
	}
}
