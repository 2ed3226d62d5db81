package se.fuel.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import se.fuel.grants.OutcomeCount;
import se.fuel.statistics.OutcomeStatistics.CategoryCount;
import se.fuel.statistics.OutcomeStatistics.OutcomeRow;
import se.fuel.statistics.internal.OutcomeFigures.Category;
import se.fuel.statistics.internal.OutcomeFigures.Report;

/**
 * Hand-worked after the annual report ("122 personer av totalt 233 har fått sin försörjning utanför socialtjänsten"): two
 * reports of 2003 with 233 participants, 122 of them in work, and one of 2024 in another area.
 */
class OutcomeFiguresTests {

	static final OutcomeFigures FIGURES = new OutcomeFigures(
			List.of(new Category("arbete", "Arbete"), new Category("studier", "Studier")));

	static final List<Report> REPORTS = List.of(
			new Report(2003, "Socialmedicin", 80, 70, 0,
					List.of(new OutcomeCount("arbete", 40L, 35L, null), new OutcomeCount("studier", 10L, null, 0L))),
			new Report(2003, "Arbetsmarknad", 43, 38, 2, List.of(new OutcomeCount("arbete", 25L, 20L, 2L))),
			new Report(2024, "Arbetsmarknad", 5, 5, 0, List.of()));

	@Test
	void adds_participants_by_gender_and_outcomes_per_category() {
		OutcomeRow y2003 = FIGURES.rows(REPORTS, r -> Integer.toString(r.year())).get(0);
		assertThat(y2003.label()).isEqualTo("2003");
		assertThat(y2003.reports()).isEqualTo(2);
		assertThat(List.of(y2003.women(), y2003.men(), y2003.other(), y2003.participants()))
			.containsExactly(123L, 108L, 2L, 233L);
		CategoryCount work = y2003.categories().get(0);
		assertThat(List.of(work.women(), work.men(), work.other(), work.total())).containsExactly(65L, 55L, 2L, 122L);
	}

	@Test
	void the_share_of_122_of_233_rounds_to_52_4_where_the_seed_truncates_to_about_52_3() {
		OutcomeRow y2003 = FIGURES.rows(REPORTS, r -> Integer.toString(r.year())).get(0);
		assertThat(y2003.categories().get(0).share()).isEqualTo(52.4);
		assertThat(OutcomeFigures.share(122, 233)).isEqualTo(52.4);
	}

	@Test
	void groups_by_area_in_alphabetical_order() {
		List<OutcomeRow> byArea = FIGURES.rows(REPORTS, Report::area);
		assertThat(byArea).extracting(OutcomeRow::label).containsExactly("Arbetsmarknad", "Socialmedicin");
		assertThat(byArea.get(0).participants()).isEqualTo(93);
	}

	@Test
	void a_row_without_participants_has_no_share() {
		OutcomeRow none = FIGURES.row("Tom", List.of(REPORTS.get(2)).subList(0, 0));
		assertThat(none.categories().get(0).share()).isNull();
	}
}
