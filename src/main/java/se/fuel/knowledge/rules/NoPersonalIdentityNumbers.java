package se.fuel.knowledge.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.fuel.common.Rule;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.knowledge.rules.PersonalIdentityNumbers.Hit;

/**
 * Nothing that identifies a person is published: every personnummer or samordningsnummer in the item's texts or in
 * the text of its attachments blocks publishing until it is removed. An attachment whose text cannot be read cannot be
 * shown to be free of them and blocks too. Not overridable. Messages show only the masked number.
 */
public final class NoPersonalIdentityNumbers implements Rule<PublishCandidate> {

	public static final String RULE = "no-personal-identity-number";

	public static final String UNREADABLE = "attachment-readable";

	/** Characters of context shown before and after a hit so that the officer finds it. */
	private static final int CONTEXT = 30;

	@Override
	public List<Violation> check(PublishCandidate item) {
		List<Violation> violations = new ArrayList<>();
		for (Map.Entry<String, String> field : item.texts().entrySet()) {
			String text = field.getValue();
			for (Hit hit : PersonalIdentityNumbers.find(text)) {
				violations.add(Violation.of(field.getKey(), RULE, "knowledge.publish.pinInField",
						Text.of("knowledge.field." + field.getKey()), kind(hit), hit.masked(), context(text, hit)));
			}
		}
		for (PublishCandidate.Attachment attachment : item.attachments()) {
			violations.addAll(checkAttachment(attachment));
		}
		return violations;
	}

	private static List<Violation> checkAttachment(PublishCandidate.Attachment attachment) {
		String field = "attachment-" + attachment.id();
		String name = attachment.fileName();
		Optional<PublishCandidate.Pages> extracted = attachment.text().get();
		if (extracted.isEmpty()) {
			return List.of(Violation.of(field, UNREADABLE, "knowledge.publish.attachmentUnreadable", name));
		}
		PublishCandidate.Pages text = extracted.get();
		List<Violation> violations = new ArrayList<>();
		for (int page = 0; page < text.pages().size(); page++) {
			String pageText = text.pages().get(page);
			for (Hit hit : PersonalIdentityNumbers.find(pageText)) {
				violations.add(text.paged()
						? Violation.of(field, RULE, "knowledge.publish.pinOnPage", name, kind(hit), hit.masked(),
								String.valueOf(page + 1))
						: Violation.of(field, RULE, "knowledge.publish.pinInAttachmentText", name, kind(hit),
								hit.masked(), context(pageText, hit)));
			}
		}
		return violations;
	}

	private static Text kind(Hit hit) {
		return Text.of("knowledge.publish.pinKind." + hit.kind().name());
	}

	/** The words around the hit with every number in them masked, so the message never holds a whole number. */
	public static String context(String text, Hit hit) {
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
