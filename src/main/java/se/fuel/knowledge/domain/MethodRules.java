package se.fuel.knowledge.domain;

import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Violation;
import se.fuel.knowledge.MethodInput;

/** What a method must have to be in the catalogue: a name, a type and an evidence status; a web link as source. */
public final class MethodRules {

	private MethodRules() {
	}

	/** The broken rules, each naming its field in Swedish; empty when the input can be saved. */
	public static List<Violation> check(MethodInput input) {
		List<Violation> violations = new ArrayList<>();
		if (input.name() == null || input.name().isBlank()) {
			violations.add(new Violation("name", "required", "Skriv metodens namn."));
		}
		else if (input.name().strip().length() > 200) {
			violations.add(new Violation("name", "max-length", "Namnet får vara högst 200 tecken."));
		}
		if (input.type() == null) {
			violations.add(new Violation("type", "required", "Välj typ av metod."));
		}
		if (input.evidenceStatus() == null) {
			violations.add(new Violation("evidenceStatus", "required", "Välj vad som är känt om metodens effekt."));
		}
		String source = input.evidenceSource();
		if (source != null && !source.isBlank()
				&& !(source.startsWith("https://") || source.startsWith("http://"))) {
			violations.add(new Violation("evidenceSource", "web-link",
					"Källan ska vara en webbadress som börjar med https:// eller http://."));
		}
		else if (source != null && source.length() > 500) {
			violations.add(new Violation("evidenceSource", "max-length", "Källan får vara högst 500 tecken."));
		}
		return violations;
	}
}
