package se.fuel.decisions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.decisions.rules.AttestedOnceOnTheCurrentVersion.Attesting;

class AttestedOnceOnTheCurrentVersionTest {

	final AttestedOnceOnTheCurrentVersion rule = new AttestedOnceOnTheCurrentVersion();

	@Test
	void an_attestant_attests_the_current_version_awaiting_them() {
		assertThat(rule.check(new Attesting(true, true))).isEmpty();
	}

	@Test
	void an_attestant_does_not_attest_twice() {
		assertThat(rule.check(new Attesting(true, false))).singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v)).isEqualTo("Dokumentet väntar inte på din attest: det är "
					+ "redan attesterat av dig eller ersatt av en ny version."));
	}

	@Test
	void a_superseded_version_is_not_attested() {
		assertThat(rule.check(new Attesting(false, true))).isNotEmpty();
	}
}
