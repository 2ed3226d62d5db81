package se.fuel.events.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.common.Violation;
import se.fuel.events.EventInput;
import se.fuel.events.EventKind;

class EventDescribedTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	private final EventDescribed rule = new EventDescribed();

	private List<Violation> check(LocalDate date, String title, EventKind kind, String organiser, String targetGroup) {
		return rule.check(new EventDescribed.Event(
				new EventInput(date, title, kind, organiser, targetGroup, null, List.of(), null, null), TODAY));
	}

	@Test
	void accepts_a_date_a_title_and_a_kind_with_everything_else_unknown() {
		assertThat(check(LocalDate.of(2003, 9, 15), "Socialredovisning", EventKind.LECTURE, null, null)).isEmpty();
	}

	@Test
	void an_event_without_date_title_or_kind_is_told_each() {
		assertThat(check(null, " ", null, null, null)).extracting(TestTexts::swedish)
			.containsExactly("Ange datum för aktiviteten (ÅÅÅÅ-MM-DD).", "Skriv aktivitetens titel.",
					"Välj typ av aktivitet.");
	}

	@Test
	void a_date_before_1990_or_more_than_five_years_ahead_is_a_typing_mistake() {
		assertThat(check(LocalDate.of(1989, 12, 31), "T", EventKind.SEMINAR, null, null)).singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v)).isEqualTo("Datum måste ligga mellan 1990 och fem år framåt."));
		assertThat(check(TODAY.plusYears(5).plusDays(1), "T", EventKind.SEMINAR, null, null)).hasSize(1);
		assertThat(check(TODAY.plusYears(5), "T", EventKind.SEMINAR, null, null)).isEmpty();
	}

	@Test
	void a_title_or_organiser_longer_than_300_characters_and_a_target_group_longer_than_500_are_refused() {
		String long301 = "x".repeat(301);
		assertThat(check(TODAY, long301, EventKind.SEMINAR, long301, "y".repeat(501))).extracting(Violation::field)
			.containsExactly("title", "organiser", "targetGroup");
		assertThat(check(TODAY, long301, EventKind.SEMINAR, null, null)).singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v)).isEqualTo("Titeln får vara högst 300 tecken."));
	}
}
