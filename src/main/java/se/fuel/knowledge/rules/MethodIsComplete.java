package se.fuel.knowledge.rules;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;
import se.fuel.knowledge.MethodInput;

/** What a method must have to be in the catalogue: a name, a type and an evidence status; a web link as source. */
public final class MethodIsComplete implements Rule<MethodInput> {

	@Override
	public List<Violation> check(MethodInput input) {
		List<Violation> violations = new ArrayList<>();
		if (input.name() == null || input.name().isBlank()) {
			violations.add(Violation.of("name", "required", "knowledge.methods.rule.nameRequired"));
		}
		else if (input.name().strip().length() > 200) {
			violations.add(Violation.of("name", "max-length", "knowledge.methods.rule.nameTooLong"));
		}
		if (input.type() == null) {
			violations.add(Violation.of("type", "required", "knowledge.methods.rule.typeRequired"));
		}
		if (input.evidenceStatus() == null) {
			violations.add(Violation.of("evidenceStatus", "required", "knowledge.methods.rule.evidenceRequired"));
		}
		String source = input.evidenceSource();
		if (source != null && !source.isBlank()
				&& !(source.startsWith("https://") || source.startsWith("http://"))) {
			violations.add(Violation.of("evidenceSource", "web-link", "knowledge.methods.rule.sourceWebLink"));
		}
		else if (source != null && source.length() > 500) {
			violations.add(Violation.of("evidenceSource", "max-length", "knowledge.methods.rule.sourceTooLong"));
		}
		return violations;
	}
}
