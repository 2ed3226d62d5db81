package se.fuel.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks a signed PDF the way a reader does: exactly one signature, in a signature field, PAdES (ETSI.CAdES.detached),
 * over the whole file but its own contents, and a CMS that verifies with the given certificate.
 */
public final class PdfSignatures {

	private PdfSignatures() {
	}

	/** Fails unless the PDF carries exactly one PAdES baseline B signature that the certificate verifies. */
	public static void assertSignedOnceBy(byte[] pdf, X509Certificate certificate) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			assertThat(signatures).as("signatures").hasSize(1);
			assertThat(document.getSignatureFields()).as("signature fields").hasSize(1);
			PDSignature signature = signatures.get(0);
			assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
			assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			int[] range = signature.getByteRange();
			assertThat(range[0]).isZero();
			assertThat(range[2] + range[3]).as("the byte range reaches the end of the file").isEqualTo(pdf.length);
			var cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					signature.getContents(pdf));
			assertThat(cms.getSignerInfos().getSigners()).hasSize(1);
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)))
				.as("the CMS signature verifies over the signed byte range").isTrue();
			assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
				.as("PAdES B-B: signing-certificate-v2").isNotNull();
			assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime))
				.as("PAdES B-B: no CMS signing time").isNull();
			assertThat(signature.getSignDate()).isNotNull();
		}
		catch (IOException e) {
			throw new AssertionError("Unreadable PDF", e);
		}
		catch (Exception e) {
			throw new AssertionError("The signature could not be checked", e);
		}
	}
}
