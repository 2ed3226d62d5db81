package se.fuel.documents;

/**
 * The certificate documents are signed with, for anyone who wants to check a signature.
 *
 * @param der the X.509 certificate, DER-encoded (a {@code .cer} file)
 * @param subject the certificate's subject as a distinguished name
 * @param sha256 the certificate's SHA-256 fingerprint, hexadecimal pairs separated by colons
 * @param demo whether this is the self-signed demo key rather than a key the city configured
 */
public record SigningCertificate(byte[] der, String subject, String sha256, boolean demo) {
}
