package se.fuel.knowledge.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import se.fuel.common.Violation;
import se.fuel.knowledge.domain.KnowledgeItem;
import se.fuel.knowledge.domain.PublishCheck;

/**
 * What a reader needs before an item is worth publishing: a summary to judge it by and at least one area to find it
 * under. Drafts made from reports get both; a draft typed from scratch may not yet.
 */
@Component
class ReadyToPublish implements PublishCheck {

	@Override
	public List<Violation> check(KnowledgeItem item, List<AttachmentText> attachments) {
		List<Violation> violations = new ArrayList<>();
		if (item.summary() == null) {
			violations.add(new Violation("summary", "required-to-publish",
					"Skriv en sammanfattning innan objektet publiceras."));
		}
		if (item.areaCodes().isEmpty()) {
			violations.add(new Violation("areaCodes", "required-to-publish",
					"Välj minst ett område innan objektet publiceras."));
		}
		return violations;
	}
}
