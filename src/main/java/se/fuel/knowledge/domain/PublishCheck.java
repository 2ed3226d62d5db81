package se.fuel.knowledge.domain;

import java.util.List;

import se.fuel.common.Violation;

/**
 * A check an item must pass before it is published, e.g. that no text or attachment holds a personal identity number.
 * Every bean of this type runs on publishing; any violation blocks it and cannot be overridden.
 */
public interface PublishCheck {

	/**
	 * The item's violations, each naming the field (e.g. {@code summary}, or {@code attachment-<id>}) and where the
	 * problem is, in Swedish; empty when it may be published.
	 */
	List<Violation> check(KnowledgeItem item, List<AttachmentText> attachments);

	/** An attachment with a way to its text, read only by checks that need it. */
	interface AttachmentText {

		KnowledgeAttachment attachment();

		/** The attachment's bytes, opened from the file store. */
		byte[] bytes();
	}
}
