package se.fuel.knowledge.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The text of a knowledge-bank attachment as read once when it was uploaded: what the personal-identity-number check
 * looks through and what search finds. An attachment whose text could not be read has a row that says so. Never
 * changed: the file it comes from is never changed either.
 */
@Entity
@Table(name = "knowledge_attachment_text")
public class KnowledgeAttachmentText {

	/** Between pages; text extraction never leaves one in a page's text. */
	private static final String PAGE_BREAK = "\f";

	@Id
	private UUID attachmentId;

	// Named as the item's read-only association to these texts names it, which Hibernate requires.
	@Column(name = "item_id", nullable = false)
	private UUID itemId;

	@Column(nullable = false)
	private boolean readable;

	@Column(nullable = false)
	private boolean paged;

	private String text;

	@Column(nullable = false)
	private Instant extractedAt;

	protected KnowledgeAttachmentText() {
	}

	private KnowledgeAttachmentText(KnowledgeAttachment attachment, boolean readable, boolean paged, String text,
			Instant now) {
		this.attachmentId = attachment.id();
		this.itemId = attachment.itemId();
		this.readable = readable;
		this.paged = paged;
		this.text = text;
		this.extractedAt = now;
	}

	/** The text of an attachment, page by page ({@code paged}) or as one page. */
	public static KnowledgeAttachmentText read(KnowledgeAttachment attachment, List<String> pages, boolean paged,
			Instant now) {
		String joined = String.join(PAGE_BREAK, pages.stream().map(p -> p.replace(PAGE_BREAK, "\n")).toList());
		return new KnowledgeAttachmentText(attachment, true, paged, joined, now);
	}

	/** An attachment whose text could not be read (damaged, encrypted, not a document). */
	public static KnowledgeAttachmentText unreadable(KnowledgeAttachment attachment, Instant now) {
		return new KnowledgeAttachmentText(attachment, false, false, null, now);
	}

	public UUID attachmentId() { return attachmentId; }
	public UUID itemId() { return itemId; }
	public boolean readable() { return readable; }
	public boolean paged() { return paged; }
	public Instant extractedAt() { return extractedAt; }

	/** All the text, pages separated by a blank line; null when unreadable. */
	public String text() {
		return text == null ? null : text.replace(PAGE_BREAK, "\n\n");
	}

	/** The pages in order; empty when unreadable. */
	public List<String> pages() {
		return text == null ? List.of() : Arrays.asList(text.split(PAGE_BREAK, -1));
	}
}
