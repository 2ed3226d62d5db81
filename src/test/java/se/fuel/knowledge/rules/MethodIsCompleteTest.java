package se.fuel.knowledge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.fuel.TestTexts.swedish;

import java.util.List;

import org.junit.jupiter.api.Test;
import se.fuel.common.Violation;
import se.fuel.knowledge.EvidenceStatus;
import se.fuel.knowledge.MethodInput;
import se.fuel.knowledge.MethodType;

class MethodIsCompleteTest {

	private final MethodIsComplete rule = new MethodIsComplete();

	private static MethodInput method(String name, MethodType type, EvidenceStatus status, String source) {
		return new MethodInput(name, type, "unga vuxna", null, null, null, status, source, null, List.of(), List.of());
	}

	@Test
	void a_method_with_a_name_a_type_and_an_evidence_status_is_complete() {
		assertThat(rule.check(method("ASI", MethodType.ASSESSMENT, EvidenceStatus.NO_STUDIES,
				"https://www.socialstyrelsen.se/metodguiden"))).isEmpty();
	}

	@Test
	void a_method_needs_a_name_a_type_and_an_evidence_status() {
		List<Violation> violations = rule.check(method(" ", null, null, null));

		assertThat(violations).extracting(Violation::field).containsExactly("name", "type", "evidenceStatus");
		assertThat(swedish(violations.get(0))).isEqualTo("Skriv metodens namn.");
		assertThat(swedish(violations.get(2))).isEqualTo("Välj vad som är känt om metodens effekt.");
	}

	@Test
	void the_source_must_be_a_web_link() {
		assertThat(rule.check(method("ASI", MethodType.ASSESSMENT, EvidenceStatus.MIXED, "Metodguiden")))
			.singleElement()
			.satisfies(v -> assertThat(swedish(v))
				.isEqualTo("Källan ska vara en webbadress som börjar med https:// eller http://."));
	}

	@Test
	void a_name_may_be_at_most_two_hundred_characters() {
		assertThat(rule.check(method("A".repeat(201), MethodType.INTERVENTION, EvidenceStatus.MIXED, null)))
			.singleElement()
			.satisfies(v -> assertThat(swedish(v)).isEqualTo("Namnet får vara högst 200 tecken."));
	}
}
