package se.fuel.assessment.internal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.fuel.common.SwedishFormat;

/**
 * The decision document's phrase for a reason for rejection. The document is Swedish, so a category without a phrase
 * of its own reads the Swedish bundle's "bedöms inte kunna beviljas: <name>." whoever reads it.
 */
@Component
class DocumentPhrases {

	private final MessageSource messages;

	DocumentPhrases(MessageSource messages) {
		this.messages = messages;
	}

	String of(ReasonCategory category) {
		return category.documentPhrase(generated(category));
	}

	String generated(ReasonCategory category) {
		String name = category.name();
		String lower = Character.toLowerCase(name.charAt(0)) + name.substring(1);
		return messages.getMessage("assessment.reasons.generatedPhrase", new Object[] { lower },
				SwedishFormat.SWEDISH);
	}
}
