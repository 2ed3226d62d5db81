package se.fuel.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.fuel.system.FuelProperties;

/**
 * Signs a PDF with a PAdES baseline B signature (/SubFilter ETSI.CAdES.detached): a detached CMS over the signed byte
 * range carrying the signer's certificate and an ESS signing-certificate-v2 reference to it, and no CMS signing time
 * (PAdES takes the time from the signature dictionary). The signature is an incremental update with an invisible,
 * printable signature field, so the bytes before it are the PDF as given and a PDF/A stays PDF/A. The key is the
 * city's ({@link SigningProperties}) or, when none is configured, a self-signed demo key kept in the data folder.
 */
@Component
public class PdfSigner {

	static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

	// Room for the CMS: signature, certificate chain and attributes; a key of 4096 bits with a chain of three fits.
	private static final int SIGNATURE_BYTES = 16_384;

	private static final Logger log = LoggerFactory.getLogger(PdfSigner.class);

	private final SigningProperties properties;

	private final FuelProperties fuel;

	private final Clock clock;

	private volatile SigningKey key;

	public PdfSigner(SigningProperties properties, FuelProperties fuel, Clock clock) {
		this.properties = properties;
		this.fuel = fuel;
		this.clock = clock;
		if (properties.configured()) {
			// A wrong path, password or alias stops the start rather than the first attestation.
			this.key = SigningKey.fromKeystore(properties.keystorePath(), properties.password(), properties.alias(), false);
		}
		else if (!fuel.demoMode()) {
			log.warn("No fuel.signing.keystore configured: attested decision documents are signed with the demo key");
		}
	}

	/** The PDF with a signature appended; reason says what the signature stands for, e.g. who attested. */
	public byte[] sign(byte[] pdf, String reason) {
		SigningKey signing = key();
		try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(ETSI_CADES_DETACHED);
			signature.setName(commonName(signing.certificate()));
			signature.setReason(reason);
			Calendar at = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
			at.setTimeInMillis(clock.millis());
			signature.setSignDate(at);
			options.setPreferredSignatureSize(SIGNATURE_BYTES);
			document.addSignature(signature, content -> cms(content, signing), options);
			// PDF/A wants every annotation printable, the invisible signature's widget too.
			for (PDSignatureField field : document.getSignatureFields()) {
				field.getWidgets().forEach(widget -> widget.setPrinted(true));
			}
			var out = new ByteArrayOutputStream();
			document.saveIncremental(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not sign the PDF", e);
		}
	}

	/** The certificate that {@link #sign} signs with. */
	public SigningCertificate certificate() {
		X509Certificate certificate = key().certificate();
		try {
			byte[] der = certificate.getEncoded();
			String sha256 = HexFormat.ofDelimiter(":").withUpperCase()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(der));
			return new SigningCertificate(der, certificate.getSubjectX500Principal().getName(), sha256, key().demo());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Unreadable signing certificate", e);
		}
	}

	private SigningKey key() {
		SigningKey known = key;
		if (known == null) {
			// Made on first use, not at start: most runs of the demo and of the tests never sign.
			known = SigningKey.demo(fuel.dataDir().resolve("signing"), clock);
			key = known;
		}
		return known;
	}

	private static byte[] cms(InputStream content, SigningKey key) throws IOException {
		try {
			X509Certificate certificate = key.certificate();
			String algorithm = key.privateKey().getAlgorithm();
			var signer = new JcaContentSignerBuilder("SHA256with" + ("EC".equals(algorithm) ? "ECDSA" : algorithm))
				.build(key.privateKey());
			var issuer = new GeneralNames(
					new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded())));
			var reference = new SigningCertificateV2(new ESSCertIDv2(
					MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
					new IssuerSerial(issuer, certificate.getSerialNumber())));
			var standard = new DefaultSignedAttributeTableGenerator(new AttributeTable(
					new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(reference))));
			CMSAttributeTableGenerator withoutSigningTime = parameters -> standard.getAttributes(parameters)
				.remove(CMSAttributes.signingTime);
			var generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(
					new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
						.setSignedAttributeGenerator(withoutSigningTime)
						.build(signer, certificate));
			generator.addCertificates(new JcaCertStore(key.chain()));
			return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false)
				.getEncoded(ASN1Encoding.DER);
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
			throw new IOException("Could not make the CMS signature", e);
		}
	}

	private static String commonName(X509Certificate certificate) {
		var name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
		var cn = name.getRDNs(BCStyle.CN);
		return cn.length == 0 ? name.toString() : cn[0].getFirst().getValue().toString();
	}
}
