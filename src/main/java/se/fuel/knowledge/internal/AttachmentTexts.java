package se.fuel.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import se.fuel.documents.DocumentText;
import se.fuel.documents.ExtractedText;


/**
 * The text of each attachment, read with Tika once, when the file is uploaded, and kept: the personal-identity-number
 * check and search both use the kept text, so no file is parsed twice and rebuilding the index opens no file.
 */
@Component
class AttachmentTexts {

	private final DocumentText extractor;
	private final KnowledgeAttachmentTextRepository texts;
	private final Clock clock;

	AttachmentTexts(DocumentText extractor, KnowledgeAttachmentTextRepository texts, Clock clock) {
		this.extractor = extractor;
		this.texts = texts;
		this.clock = clock;
	}

	/** Reads a new attachment's text and keeps it, or that it cannot be read; in the caller's transaction. */
	KnowledgeAttachmentText extract(KnowledgeAttachment attachment, byte[] bytes) {
		Instant now = Instant.now(clock);
		KnowledgeAttachmentText text = extractor.extract(bytes)
			.map(t -> KnowledgeAttachmentText.read(attachment, t.pages(), t.paged(), now))
			.orElseGet(() -> KnowledgeAttachmentText.unreadable(attachment, now));
		return texts.save(text);
	}

	/**
	 * The attachment's text; empty when it cannot be read. An attachment uploaded before texts were kept is read now,
	 * from its bytes, and kept from then on.
	 */
	Optional<ExtractedText> textOf(KnowledgeAttachment attachment, Supplier<byte[]> bytes) {
		KnowledgeAttachmentText text = texts.findById(attachment.id())
			.orElseGet(() -> extract(attachment, bytes.get()));
		return text.readable() ? Optional.of(new ExtractedText(text.pages(), text.paged())) : Optional.empty();
	}

	/** Texts read anew from the bytes each time and never kept: for checks tested without a database. */
	static AttachmentTexts extractingEachTime(DocumentText extractor) {
		return new AttachmentTexts(extractor, null, null) {
			@Override
			Optional<ExtractedText> textOf(KnowledgeAttachment attachment, Supplier<byte[]> bytes) {
				return extractor.extract(bytes.get());
			}
		};
	}
}
