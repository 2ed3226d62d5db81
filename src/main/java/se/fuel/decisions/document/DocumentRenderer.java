package se.fuel.decisions.document;

import org.springframework.stereotype.Component;
import se.fuel.decisions.DocumentView;

/**
 * Renders a document version as the HTML page's body and as an archivable PDF/A-2b.
 */
@Component
public class DocumentRenderer {

	/** TODO(helper B): PDF/A-2b, tagged, fonts embedded. */
	public byte[] pdf(DocumentView document) {
		throw new UnsupportedOperationException("not yet");
	}
}
