package se.fuel.documents;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The city's signing key for attested documents (docs/operations.md, "Signing key"): a PKCS#12 keystore, its password
 * and the alias of the key entry (the first key entry when blank). Without a keystore Fuel signs with a self-signed
 * demo key kept in the data folder.
 */
@ConfigurationProperties("fuel.signing")
public record SigningProperties(String keystore, String password, String alias) {

	// A string, not a Path: an unset FUEL_SIGNING_KEYSTORE arrives as "", which means "no keystore".
	public boolean configured() {
		return keystore != null && !keystore.isBlank();
	}

	Path keystorePath() {
		return Path.of(keystore);
	}
}
