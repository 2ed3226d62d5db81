package se.fuel.knowledge.rules;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What publishing an item would show its readers: the free texts, the areas and the attachments, whose text is read
 * only when a rule asks for it (reading a large PDF is slow, and most rules never need it).
 *
 * @param texts field name → text of every free-text field, in the form's order ({@code title}, {@code summary}, …)
 */
public record PublishCandidate(java.util.Map<String, String> texts, String summary, List<String> areaCodes,
		List<Attachment> attachments) {

	public PublishCandidate {
		texts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(texts));
		areaCodes = List.copyOf(areaCodes);
		attachments = List.copyOf(attachments);
	}

	/** @param text the attachment's text, or empty when it cannot be read */
	public record Attachment(UUID id, String fileName, Supplier<Optional<Pages>> text) {
	}

	/** @param paged whether the pages are the document's real pages (a PDF) rather than one run of text */
	public record Pages(List<String> pages, boolean paged) {
	}
}
