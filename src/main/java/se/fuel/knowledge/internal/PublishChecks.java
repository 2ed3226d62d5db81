package se.fuel.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import se.fuel.common.Rule;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.knowledge.rules.NoPersonalIdentityNumbers;
import se.fuel.knowledge.rules.PublishCandidate;
import se.fuel.knowledge.rules.ReadyToPublish;

/** Every rule an item passes before readers see it; any violation blocks publishing and cannot be overridden. */
@Component
class PublishChecks {

	private final List<Rule<PublishCandidate>> rules = List.of(new NoPersonalIdentityNumbers(), new ReadyToPublish());

	private final AttachmentTexts texts;

	PublishChecks(AttachmentTexts texts) {
		this.texts = texts;
	}

	/** Throws a {@link ViolationException} with every broken rule; {@code bytes} opens an attachment's file. */
	void require(KnowledgeItem item, List<KnowledgeAttachment> attachments,
			Function<KnowledgeAttachment, byte[]> bytes) {
		PublishCandidate candidate = candidate(item, attachments, bytes);
		List<Violation> violations = new ArrayList<>();
		rules.forEach(rule -> violations.addAll(rule.check(candidate)));
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
	}

	PublishCandidate candidate(KnowledgeItem item, List<KnowledgeAttachment> attachments,
			Function<KnowledgeAttachment, byte[]> bytes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", item.title());
		fields.put("summary", item.summary());
		fields.put("body", item.body());
		fields.put("targetGroups", String.join("\n", item.targetGroups()));
		fields.put("methods", String.join("\n", item.methods()));
		fields.put("outcome", item.outcome());
		fields.put("contact", item.contact());
		List<PublishCandidate.Attachment> files = attachments.stream()
			.map(a -> new PublishCandidate.Attachment(a.id(), a.fileName(),
					() -> texts.textOf(a, () -> bytes.apply(a))
						.map(t -> new PublishCandidate.Pages(t.pages(), t.paged()))))
			.toList();
		return new PublishCandidate(fields, item.summary(), item.areaCodes(), files);
	}
}
