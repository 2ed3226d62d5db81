package se.fuel.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.fuel.decisions.document.PdfAValidation;
import se.fuel.system.FuelProperties;

class PdfSignerTest {

	private static final String XHTML = """
			<!DOCTYPE html>
			<html xmlns="http://www.w3.org/1999/xhtml" lang="sv" xml:lang="sv">
			<head><title>Signerat dokument</title><meta name="subject" content="Prov"/><meta name="author" content="Fuel"/>
			<style>* { font-family: 'DejaVu Sans'; }</style></head>
			<body><h1>Signerat dokument</h1><p>Attesterat av två attestanter.</p></body>
			</html>""";

	private static byte[] pdf;

	@TempDir
	Path data;

	@BeforeAll
	static void render() {
		pdf = PdfA.fromXhtml(XHTML, "signing test");
	}

	private PdfSigner signer(SigningProperties properties) {
		return new PdfSigner(properties, new FuelProperties(data, null, true), Clock.systemUTC());
	}

	private PdfSigner demoSigner() {
		return signer(new SigningProperties(null, null, null));
	}

	private static X509Certificate x509(SigningCertificate certificate) throws Exception {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(certificate.der()));
	}

	@Test
	void aSignedPdfCarriesOnePadesSignatureThatTheCertificateVerifies() throws Exception {
		PdfSigner signer = demoSigner();
		byte[] signed = signer.sign(pdf, "Attesterat av A och B");
		// Left in target/ for a human to check with a PDF reader or pdfsig.
		Files.write(Path.of("target", "signed-sample.pdf"), signed);
		PdfSignatures.assertSignedOnceBy(signed, x509(signer.certificate()));
	}

	@Test
	void theSignedPdfStartsWithTheUnsignedBytesAndIsStillPdfA2b() {
		byte[] signed = demoSigner().sign(pdf, "Attesterat");
		assertThat(signed).startsWith(pdf);
		PdfAValidation.assertPdfA2b(signed);
	}

	@Test
	void theDemoKeyIsMadeOnceAndKeptInTheDataFolderSoEarlierSignaturesStillVerify() throws Exception {
		PdfSigner before = demoSigner();
		byte[] signed = before.sign(pdf, "Attesterat");
		PdfSigner afterRestart = demoSigner();
		assertThat(afterRestart.certificate().demo()).isTrue();
		assertThat(afterRestart.certificate().sha256()).isEqualTo(before.certificate().sha256());
		PdfSignatures.assertSignedOnceBy(signed, x509(afterRestart.certificate()));
		assertThat(data.resolve("signing").resolve(SigningKey.DEMO_FILE)).exists();
	}

	@Test
	void aConfiguredKeystoreSignsInsteadOfTheDemoKey() throws Exception {
		Path keystore = cityKeystore(data.resolve("stad.p12"), "hemligt", "stad");
		PdfSigner signer = signer(new SigningProperties(keystore.toString(), "hemligt", "stad"));
		SigningCertificate certificate = signer.certificate();
		assertThat(certificate.demo()).isFalse();
		assertThat(certificate.subject()).contains("Stockholms stad");
		PdfSignatures.assertSignedOnceBy(signer.sign(pdf, "Attesterat"), x509(certificate));
		assertThat(data.resolve("signing")).doesNotExist();
	}

	/** An RSA key, unlike the demo's EC key, so both kinds of key are known to sign. */
	private static Path cityKeystore(Path file, String password, String alias) throws Exception {
		var generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var pair = generator.generateKeyPair();
		var name = new X500Name("CN=Socialförvaltningen, O=Stockholms stad, C=SE");
		Instant now = Instant.now();
		var certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
				BigInteger.ONE, Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), name,
				pair.getPublic())
			.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry(alias, pair.getPrivate(), password.toCharArray(), new Certificate[] { certificate });
		try (var out = Files.newOutputStream(file)) {
			store.store(out, password.toCharArray());
		}
		return file;
	}
}
