package se.fuel.grants.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.common.Violation;
import se.fuel.grants.ReportInput;

class ReportCompleteTest {

	private final ReportComplete rule = new ReportComplete();

	private static ReportInput complete() {
		return new ReportInput("Tolv gruppträffar.", 10L, 8L, 0L, List.of(), List.of(), "Grupperna fungerade.", false,
				null, "Fortsätt i egen regi.");
	}

	@Test
	void accepts_a_report_with_every_part_answered() {
		assertThat(rule.check(complete())).isEmpty();
	}

	@Test
	void counts_zero_participants_as_an_answer() {
		var r = complete();
		assertThat(rule.check(new ReportInput(r.whatWasDone(), 0L, 0L, 0L, List.of(), List.of(), r.experiences(),
				false, null, r.proposals()))).isEmpty();
	}

	@Test
	void an_empty_draft_lacks_every_part_in_the_order_of_the_form() {
		var empty = new ReportInput(null, null, null, null, List.of(), List.of(), " ", null, null, null);
		assertThat(rule.check(empty)).extracting(Violation::field)
			.containsExactly("whatWasDone", "participantsWomen", "participantsMen", "participantsOther", "experiences",
					"implementationPlan", "proposals");
	}

	@Test
	void names_the_part_that_must_be_filled_in_before_handing_in() {
		var r = complete();
		var lacking = new ReportInput(null, r.participantsWomen(), r.participantsMen(), r.participantsOther(),
				List.of(), List.of(), r.experiences(), false, null, r.proposals());
		assertThat(rule.check(lacking)).singleElement().satisfies(v -> {
			assertThat(v.rule()).isEqualTo("required");
			assertThat(TestTexts.swedish(v)).isEqualTo("Vad som genomförts måste fyllas i innan redovisningen lämnas in.");
		});
	}

	@Test
	void a_missing_count_is_asked_for_as_a_whole_number() {
		var r = complete();
		var lacking = new ReportInput(r.whatWasDone(), r.participantsWomen(), null, r.participantsOther(), List.of(),
				List.of(), r.experiences(), false, null, r.proposals());
		assertThat(rule.check(lacking)).singleElement().satisfies(
				v -> assertThat(TestTexts.swedish(v)).isEqualTo("Deltagare, män måste anges som ett heltal, 0 eller mer."));
	}

	@Test
	void an_implementation_plan_says_how() {
		var r = complete();
		var withPlan = new ReportInput(r.whatWasDone(), 1L, 1L, 0L, List.of(), List.of(), r.experiences(), true, null,
				r.proposals());
		assertThat(rule.check(withPlan)).extracting(Violation::field).containsExactly("implementationPlanHow");
		assertThat(rule.check(new ReportInput(r.whatWasDone(), 1L, 1L, 0L, List.of(), List.of(), r.experiences(), true,
				"Via enhetschefen.", r.proposals()))).isEmpty();
	}

	@Test
	void whether_there_is_a_plan_must_be_answered() {
		var r = complete();
		var unanswered = new ReportInput(r.whatWasDone(), 1L, 1L, 0L, List.of(), List.of(), r.experiences(), null, null,
				r.proposals());
		assertThat(rule.check(unanswered)).singleElement().satisfies(
				v -> assertThat(TestTexts.swedish(v)).isEqualTo("Implementeringsplan måste anges: ja eller nej."));
	}
}
