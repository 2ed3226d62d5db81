package se.fuel.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRRuntimeException;
import org.springframework.core.io.ClassPathResource;

/**
 * Turns an XHTML document into an archivable PDF/A-2b, tagged for PDF/UA, with DejaVu Sans embedded and an sRGB
 * output intent. Title, author, subject and language come from the XHTML's {@code <title>}, {@code <meta>} and
 * {@code lang}; page layout ("Sida x av y") from its print CSS. Every element must use {@link #FONT_FAMILY}: a PDF/A
 * may not rely on the reader's fonts.
 */
public final class PdfA {

	/** The only font family a PDF/A document's CSS may name. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final String FONTS = "fonts/dejavu/";

	private PdfA() {
	}

	/**
	 * The XHTML as PDF/A-2b.
	 *
	 * @param what names the document in the error if rendering fails, e.g. "decision document 1f2e…"
	 */
	public static byte[] fromXhtml(String xhtml, String what) {
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
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not render " + what, e);
		}
		catch (XRRuntimeException e) {
			// The parser's message says where, not what: name the document that a template made unparsable.
			throw new IllegalArgumentException("Could not render " + what + ": " + e.getMessage(), e);
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
