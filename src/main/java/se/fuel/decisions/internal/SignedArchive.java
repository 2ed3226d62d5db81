package se.fuel.decisions.internal;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.fuel.audit.AuditTrail;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.AttestationView;
import se.fuel.decisions.DocumentView;
import se.fuel.decisions.document.DocumentRenderer;
import se.fuel.documents.PdfSigner;
import se.fuel.documents.SigningCertificate;
import se.fuel.documents.StoredDocuments;
import se.fuel.documents.UploadedDocument;

/**
 * The archived copy of a fully attested version: its PDF/A signed once, when the last attestation comes in (or, for
 * versions attested before signing existed and for the back-dated demo, at the first download), and from then on
 * served as stored, so the signature always covers the same bytes. A version that is not fully attested has no
 * archived copy; its PDF is rendered afresh and unsigned.
 */
@Component
class SignedArchive {

	static final String FOLDER = "decision-documents";

	private final DocumentRenderer renderer;

	private final PdfSigner signer;

	private final StoredDocuments files;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	SignedArchive(DocumentRenderer renderer, PdfSigner signer, StoredDocuments files, AuditTrail audit,
			MessageSource messages, Clock clock) {
		this.renderer = renderer;
		this.signer = signer;
		this.files = files;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** The version's PDF: the archived signed copy once fully attested, else rendered as it stands. */
	byte[] pdf(DecisionDocument document, DocumentView view) {
		if (!view.fullyAttested()) {
			return renderer.pdf(view);
		}
		if (document.signedPdfKey() != null) {
			return files.read(document.signedPdfKey());
		}
		return archive(document, view);
	}

	/** Signs and keeps the fully attested version, unless that is done already. */
	void archiveIfFullyAttested(DecisionDocument document, DocumentView view) {
		if (view.fullyAttested() && document.signedPdfKey() == null) {
			archive(document, view);
		}
	}

	SigningCertificate certificate() {
		return signer.certificate();
	}

	private byte[] archive(DecisionDocument document, DocumentView view) {
		String attestants = view.attestations().stream().map(AttestationView::name)
			.collect(Collectors.joining(", "));
		String reason = messages.getMessage("decisions.signature.reason",
				new Object[] { view.content().registrationNumber(), view.version(), attestants }, SwedishFormat.SWEDISH);
		byte[] signed = signer.sign(renderer.pdf(view), reason);
		String name = "tjansteutlatande-" + view.year() + "-v" + view.version() + ".pdf";
		String key = files.store(FOLDER, new UploadedDocument(name, "application/pdf", signed));
		document.archiveSigned(key, clock.instant());
		audit.record(DocumentService.AUDIT_TYPE, document.id(), "signed", null,
				Map.of("version", view.version(), "certificate", signer.certificate().sha256()));
		return signed;
	}
}
