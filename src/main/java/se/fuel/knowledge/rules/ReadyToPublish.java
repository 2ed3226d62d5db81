package se.fuel.knowledge.rules;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * What a reader needs before an item is worth publishing: a summary to judge it by and at least one area to find it
 * under. Drafts made from reports get both; a draft typed from scratch may not yet.
 */
public final class ReadyToPublish implements Rule<PublishCandidate> {

	@Override
	public List<Violation> check(PublishCandidate item) {
		List<Violation> violations = new ArrayList<>();
		if (item.summary() == null) {
			violations.add(Violation.of("summary", "required-to-publish", "knowledge.publish.summaryRequired"));
		}
		if (item.areaCodes().isEmpty()) {
			violations.add(Violation.of("areaCodes", "required-to-publish", "knowledge.publish.areaRequired"));
		}
		return violations;
	}
}
