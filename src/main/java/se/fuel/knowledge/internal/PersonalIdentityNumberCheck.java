package se.fuel.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.fuel.common.Violation;
import se.fuel.knowledge.domain.KnowledgeItem;
import se.fuel.knowledge.domain.PersonalIdentityNumbers;
import se.fuel.knowledge.domain.PersonalIdentityNumbers.Hit;
import se.fuel.knowledge.domain.PublishCheck;
import se.fuel.documents.ExtractedText;

/**
 * Nothing that identifies a person is published: every personnummer or samordningsnummer in the item's texts or in
 * the text of its attachments blocks publishing until it is removed. An attachment whose text cannot be read cannot be
 * shown to be free of them and blocks too. Not overridable. Messages show only the masked number.
 */
@Component
class PersonalIdentityNumberCheck implements PublishCheck {

	static final String RULE = "no-personal-identity-number";

	static final String UNREADABLE = "attachment-readable";

	/** Characters of context shown before and after a hit so that the officer finds it. */
	private static final int CONTEXT = 30;

	private final AttachmentTexts texts;

	PersonalIdentityNumberCheck(AttachmentTexts texts) {
		this.texts = texts;
	}

	@Override
	public List<Violation> check(KnowledgeItem item, List<AttachmentText> attachments) {
		List<Violation> violations = new ArrayList<>();
		textFields(item).forEach((field, labelled) -> {
			String text = labelled[1];
			for (Hit hit : PersonalIdentityNumbers.find(text)) {
				violations.add(new Violation(field, RULE, "Fältet ”%s” innehåller ett %s (%s) i texten ”%s”: ta bort det innan publicering."
						.formatted(labelled[0], hit.kind().label(), hit.masked(), context(text, hit))));
			}
		});
		for (AttachmentText attachment : attachments) {
			violations.addAll(checkAttachment(attachment));
		}
		return violations;
	}

	private List<Violation> checkAttachment(AttachmentText attachment) {
		String field = "attachment-" + attachment.attachment().id();
		String name = attachment.attachment().fileName();
		Optional<ExtractedText> extracted = texts.textOf(attachment.attachment(), attachment::bytes);
		if (extracted.isEmpty()) {
			return List.of(new Violation(field, UNREADABLE, ("Bilagan ”%s” gick inte att läsa, så den kan inte "
					+ "kontrolleras för personnummer: spara den på nytt som PDF, Word eller Excel utan lösenord och ladda "
					+ "upp den igen.").formatted(name)));
		}
		ExtractedText text = extracted.get();
		List<Violation> violations = new ArrayList<>();
		for (int page = 0; page < text.pages().size(); page++) {
			String pageText = text.pages().get(page);
			for (Hit hit : PersonalIdentityNumbers.find(pageText)) {
				String where = text.paged() ? "på sidan " + (page + 1) : "i texten ”" + context(pageText, hit) + "”";
				violations.add(new Violation(field, RULE, "Bilagan ”%s” innehåller ett %s (%s) %s: ta bort det innan publicering."
						.formatted(name, hit.kind().label(), hit.masked(), where)));
			}
		}
		return violations;
	}

	/** Field name → {Swedish label, text} of every free-text field of the item, in form order. */
	private static Map<String, String[]> textFields(KnowledgeItem item) {
		Map<String, String[]> fields = new LinkedHashMap<>();
		fields.put("title", new String[] {"Titel", item.title()});
		fields.put("summary", new String[] {"Sammanfattning", item.summary()});
		fields.put("body", new String[] {"Text", item.body()});
		fields.put("targetGroups", new String[] {"Målgrupper", String.join("\n", item.targetGroups())});
		fields.put("methods", new String[] {"Metoder", String.join("\n", item.methods())});
		fields.put("outcome", new String[] {"Resultat", item.outcome()});
		fields.put("contact", new String[] {"Kontakt", item.contact()});
		return fields;
	}

	/** The words around the hit with every number in them masked, so the message never holds a whole number. */
	static String context(String text, Hit hit) {
		int from = Math.max(0, hit.start() - CONTEXT);
		int to = Math.min(text.length(), hit.end() + CONTEXT);
		StringBuilder masked = new StringBuilder();
		int at = from;
		for (Hit other : PersonalIdentityNumbers.find(text)) {
			if (other.end() <= from || other.start() >= to) {
				continue;
			}
			masked.append(text, at, Math.max(at, other.start()));
			masked.append(other.masked());
			at = other.end();
		}
		masked.append(text, Math.min(at, to), to);
		String window = masked.toString().replaceAll("\\s+", " ").strip();
		return (from > 0 ? "…" : "") + window + (to < text.length() ? "…" : "");
	}
}
