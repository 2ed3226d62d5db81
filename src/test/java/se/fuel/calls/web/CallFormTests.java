package se.fuel.calls.web;

import static se.fuel.TestTexts.swedish;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.fuel.calls.ApplicationSection;
import se.fuel.common.Violation;

class CallFormTests {

	@Test
	void reads_amounts_written_with_spaces_and_times_in_stockholm_time() {
		var form = new CallForm();
		form.setBudget("3 000 000");
		form.setOpensAt("2027-01-15T08:00");
		form.setClosesAt("2027-07-01T00:00");
		var errors = new ArrayList<Violation>();
		var input = form.toInput(errors);
		assertThat(errors).isEmpty();
		assertThat(input.budget()).isEqualTo(3_000_000L);
		assertThat(input.opensAt()).isEqualTo(Instant.parse("2027-01-15T07:00:00Z"));
		assertThat(input.closesAt()).isEqualTo(Instant.parse("2027-06-30T22:00:00Z"));
	}

	@Test
	void keeps_criteria_in_order_one_per_line_and_skips_blank_lines() {
		var form = new CallForm();
		form.setMainCriteria("Andra\r\n\r\n  Första  \nTredje");
		var input = form.toInput(new ArrayList<>());
		assertThat(input.mainCriteria()).containsExactly("Andra", "Första", "Tredje");
	}

	@Test
	void reports_what_cannot_be_read_naming_the_field() {
		var form = new CallForm();
		form.setMaxAmountPerApplication("25 tusen");
		form.setOpensAt("i morgon");
		form.setWordLimits(Map.of("problem", "många"));
		var errors = new ArrayList<Violation>();
		var input = form.toInput(errors);
		assertThat(errors).extracting(Violation::field)
			.containsExactlyInAnyOrder("maxAmountPerApplication", "opensAt", "wordLimits.problem");
		assertThat(errors).extracting(v -> swedish(v)).anyMatch(m -> m.contains("”Högsta belopp per ansökan”"));
		assertThat(input.maxAmountPerApplication()).isNull();
		assertThat(input.wordLimits()).doesNotContainKey(ApplicationSection.problem);
	}
}
