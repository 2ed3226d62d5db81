package se.fuel.decisions.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.DocumentView;

/**
 * Renders a document version as an archivable PDF/A-2b, tagged for PDF/UA, with DejaVu Sans embedded: the same
 * content as the HTML page (templates/decisions/document.html), laid out for A4 with "Sida x av y" in the footer.
 */
@Component
public class DocumentRenderer {

	static final String FONT_FAMILY = "DejaVu Sans";

	private static final String FONTS = "fonts/dejavu/";

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
		var out = new ByteArrayOutputStream();
		var builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
		builder.usePdfUaAccessibility(true);
		// PDF/A needs an output intent; the JDK's own sRGB profile saves shipping one.
		builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
		font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
		font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
		font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
		font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
		builder.withProducer("Fuel");
		builder.withHtmlContent(xhtml(document), null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not render decision document " + document.id(), e);
		}
		return out.toByteArray();
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		builder.useFont(() -> open(FONTS + file), FONT_FAMILY, weight, style, true);
	}

	private static InputStream open(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Missing font " + path, e);
		}
	}
}
