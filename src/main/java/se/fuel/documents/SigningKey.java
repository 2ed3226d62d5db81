package se.fuel.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A private key with its certificate chain (signer's certificate first), read from a PKCS#12 keystore. The demo key
 * is such a keystore too, made once in the data folder so that documents signed before a restart still verify.
 */
record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, boolean demo) {

	static final String DEMO_FILE = "demo-signing-key.p12";

	// The demo keystore's password guards nothing: the demo key vouches for nothing and says so wherever it is shown.
	private static final char[] DEMO_PASSWORD = "fuel-demo".toCharArray();

	private static final String DEMO_ALIAS = "fuel-demo";

	X509Certificate certificate() {
		return chain.get(0);
	}

	/** The key entry named by alias, or the keystore's first key entry when alias is blank. */
	static SigningKey fromKeystore(Path file, String password, String alias, boolean demo) {
		char[] secret = password == null ? new char[0] : password.toCharArray();
		try (InputStream in = Files.newInputStream(file)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, secret);
			String name = alias == null || alias.isBlank() ? firstKey(store, file) : alias;
			if (!store.isKeyEntry(name)) {
				throw new IllegalStateException("No key entry '" + name + "' in the signing keystore " + file);
			}
			PrivateKey key = (PrivateKey) store.getKey(name, secret);
			Certificate[] chain = store.getCertificateChain(name);
			return new SigningKey(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList(), demo);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the signing keystore " + file, e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Could not read the signing keystore " + file, e);
		}
	}

	/** The demo key in the folder, made on first use. */
	static synchronized SigningKey demo(Path folder, Clock clock) {
		Path file = folder.resolve(DEMO_FILE);
		if (!Files.exists(file)) {
			create(folder, file, clock.instant());
		}
		return fromKeystore(file, new String(DEMO_PASSWORD), DEMO_ALIAS, true);
	}

	private static String firstKey(KeyStore store, Path file) throws GeneralSecurityException {
		for (String alias : Collections.list(store.aliases())) {
			if (store.isKeyEntry(alias)) {
				return alias;
			}
		}
		throw new IllegalStateException("No key entry in the signing keystore " + file);
	}

	private static void create(Path folder, Path file, Instant now) {
		try {
			// P-256: as strong as RSA-3072 for this purpose, made in milliseconds, read by Acrobat and poppler alike.
			var generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			var pair = generator.generateKeyPair();
			var name = new X500Name("CN=Fuel demonstrationsnyckel (ej giltig för beslut), O=Fuel demo, C=SE");
			var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
					Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name,
					pair.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(DEMO_ALIAS, pair.getPrivate(), DEMO_PASSWORD, new Certificate[] { certificate });
			Files.createDirectories(folder);
			// Written aside and moved in whole: a half-written keystore would replace the key at the next start.
			Path partial = Files.createTempFile(folder, "demo-signing-key", ".part");
			try (var out = Files.newOutputStream(partial)) {
				store.store(out, DEMO_PASSWORD);
			}
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not create the demo signing key in " + folder, e);
		}
		catch (GeneralSecurityException | OperatorCreationException e) {
			throw new IllegalStateException("Could not create the demo signing key", e);
		}
	}
}
