package se.fuel.documents;

import java.util.List;

/**
 * The text of a document.
 *
 * @param pages the text of each page in order for paged formats (PDF); otherwise one entry with all the text
 * @param paged whether {@code pages} are the document's real pages
 */
public record ExtractedText(List<String> pages, boolean paged) {

	/** All the text, pages separated by a blank line. */
	public String text() {
		return String.join("\n\n", pages);
	}
}
