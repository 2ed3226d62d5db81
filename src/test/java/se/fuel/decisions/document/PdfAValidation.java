package se.fuel.decisions.document;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates a generated PDF with veraPDF, for any test that makes one: {@code PdfAValidation.pdfA2b(bytes)} must
 * report no failed rule. {@link #pdfUa1(byte[])} checks the PDF/UA-1 machine-checkable rules the same way.
 */
public final class PdfAValidation {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfAValidation() {
	}

	/** The failed rules of PDF/A-2b, each as "clause-test: message (count)"; empty when compliant. */
	public static List<String> pdfA2b(byte[] pdf) {
		return failures(pdf, PDFAFlavour.PDFA_2_B);
	}

	/** The failed rules of PDF/UA-1's machine-checkable part; empty when compliant. */
	public static List<String> pdfUa1(byte[] pdf) {
		return failures(pdf, PDFAFlavour.PDFUA_1);
	}

	/** Fails with the list of failed rules unless the PDF is PDF/A-2b. */
	public static void assertPdfA2b(byte[] pdf) {
		List<String> failed = pdfA2b(pdf);
		if (!failed.isEmpty()) {
			throw new AssertionError("Not PDF/A-2b, failed rules:\n" + String.join("\n", failed));
		}
	}

	/** Fails with the list of failed rules unless the PDF passes veraPDF's PDF/UA-1 checks. */
	public static void assertPdfUa1(byte[] pdf) {
		List<String> failed = pdfUa1(pdf);
		if (!failed.isEmpty()) {
			throw new AssertionError("Not PDF/UA-1, failed rules:\n" + String.join("\n", failed));
		}
	}

	public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
			ValidationResult result = validator.validate(parser);
			if (result.getTotalAssertions() == 0 || result.getPDFAFlavour() != flavour) {
				// A profile that checked nothing would pass anything.
				return List.of("veraPDF checked no rule of " + flavour + " (ran " + result.getPDFAFlavour() + ")");
			}
			Map<String, Integer> failed = new TreeMap<>();
			Map<String, String> messages = new TreeMap<>();
			for (TestAssertion a : result.getTestAssertions()) {
				if (a.getStatus() == TestAssertion.Status.FAILED) {
					String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
					failed.merge(rule, 1, Integer::sum);
					messages.putIfAbsent(rule, a.getMessage());
				}
			}
			if (failed.isEmpty() && !result.isCompliant()) {
				return List.of("not compliant: " + result.getJobEndStatus());
			}
			return failed.entrySet()
				.stream()
				.map(e -> e.getKey() + ": " + messages.get(e.getKey()) + " (" + e.getValue() + ")")
				.toList();
		}
		catch (Exception e) {
			throw new AssertionError("veraPDF could not validate the PDF", e);
		}
	}
}
