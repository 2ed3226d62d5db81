package se.fuel.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.AssistancePoint;
import se.fuel.assistance.AssistanceQuery;
import se.fuel.assistance.BarrierCategory;
import se.fuel.assistance.CategoryShare;
import se.fuel.assistance.RegistrationLevel;
import se.fuel.assistance.SeriesBreak;
import se.fuel.assistance.TargetTracking;

/** The series computations against examples worked by hand. */
class SeriesArithmeticTests {

	private static Map<YearMonth, Double> months(int year, double... values) {
		Map<YearMonth, Double> m = new TreeMap<>();
		for (int i = 0; i < values.length; i++) {
			m.put(YearMonth.of(year, 1).plusMonths(i), values[i]);
		}
		return m;
	}

	@Test
	void the_rolling_average_of_twelve_months_is_their_mean() {
		// 1 + 2 + ... + 12 = 78; 78 / 12 = 6.5
		var monthly = months(1999, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24);
		assertThat(RollingAverage.at(monthly, YearMonth.of(1999, 12))).isEqualTo(6.5);
		// Jan 2000 drops January 1999 (1) and adds 24: (78 - 1 + 24) / 12 = 8.4166...
		assertThat(RollingAverage.at(monthly, YearMonth.of(2000, 1))).isCloseTo(101.0 / 12, within(1e-9));
	}

	@Test
	void a_month_without_eleven_months_before_it_has_no_rolling_average() {
		var monthly = months(1999, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		assertThat(RollingAverage.at(monthly, YearMonth.of(1999, 11))).isNull();
		assertThat(RollingAverage.of(monthly)).containsOnlyKeys(YearMonth.of(1999, 12));
	}

	@Test
	void a_year_with_a_missing_month_has_no_average() {
		var monthly = months(1999, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		monthly.remove(YearMonth.of(1999, 6));
		assertThat(RollingAverage.year(monthly, 1999)).isNull();
	}

	@Test
	void the_change_against_the_base_year_is_the_seeds_minus_thirty_seven_and_a_half_percent() {
		// 14 400 against 23 040: 14 400 / 23 040 = 0.625, so -37.5 %
		assertThat(BaseYearChange.percent(14400.0, 23040.0)).isCloseTo(-37.5, within(1e-9));
		assertThat(BaseYearChange.percent(12156.0, 18994.0)).isCloseTo(-36.0, within(0.01));
	}

	@Test
	void there_is_no_change_without_a_base() {
		assertThat(BaseYearChange.percent(100.0, null)).isNull();
		assertThat(BaseYearChange.percent(100.0, 0.0)).isNull();
	}

	@Test
	void the_shares_by_barrier_are_parts_of_the_sum_of_the_categories() {
		Map<BarrierCategory, Double> december2003 = new HashMap<>();
		december2003.put(BarrierCategory.UNEMPLOYMENT, 4184.0);
		december2003.put(BarrierCategory.INSUFFICIENT_BENEFITS, 3289.0);
		december2003.put(BarrierCategory.SOCIAL_MEDICAL, 2861.0);
		december2003.put(BarrierCategory.IMMIGRATION, 2694.0);
		december2003.put(BarrierCategory.OTHER, 1628.0);
		december2003.put(BarrierCategory.ALL, 99999.0);
		List<CategoryShare> shares = BarrierShares.of(december2003);
		assertThat(shares).hasSize(5);
		// 4 184 / 14 656 = 28.548 %; the registered total is not a part
		assertThat(shares.get(0).category()).isEqualTo(BarrierCategory.UNEMPLOYMENT);
		assertThat(shares.get(0).percent()).isCloseTo(28.548, within(0.001));
		assertThat(shares.stream().mapToDouble(CategoryShare::percent).sum()).isCloseTo(100, within(1e-9));
	}

	@Test
	void reaching_minus_thirty_seven_and_a_half_of_a_halving_is_three_quarters_of_the_target() {
		TargetTracking t = TargetProgress.of(1999, 2004, -50, YearMonth.of(2003, 12), -37.5);
		assertThat(t.shareOfTargetPercent()).isCloseTo(75, within(1e-9));
		assertThat(t.remainingPercentagePoints()).isCloseTo(12.5, within(1e-9));
		assertThat(t.reached()).isFalse();
		assertThat(TargetProgress.of(1999, 2004, -50, YearMonth.of(2004, 12), -52.0).reached()).isTrue();
	}

	@Test
	void a_count_per_thousand_inhabitants_divides_by_the_population() {
		// 14 656 adults among 750 000 inhabitants: 19.54 per 1 000
		assertThat(PerCapita.perThousand(14656.0, 750000.0)).isCloseTo(19.541, within(0.001));
		assertThat(PerCapita.perThousand(14656.0, null)).isNull();
	}

	@Test
	void the_series_breaks_where_the_registration_level_changes_and_averages_across_it_are_marked() {
		List<AssistanceValues.Figure> figures = new ArrayList<>();
		for (YearMonth m = YearMonth.of(2001, 1); !m.isAfter(YearMonth.of(2003, 12)); m = m.plusMonths(1)) {
			RegistrationLevel level = m.isBefore(YearMonth.of(2002, 11)) ? RegistrationLevel.HOUSEHOLD
					: RegistrationLevel.INDIVIDUAL;
			figures.add(new AssistanceValues.Figure(m.atDay(1), false, 100, level, false));
		}
		var query = new AssistanceQuery(null, AssistanceMeasure.ADULT_RECIPIENTS, BarrierCategory.ALL, 2001, 2003, 2001,
				2004, -50);
		var result = SeriesComputation.compute(query, figures, Map.of(), List.of());
		assertThat(result.breaks()).extracting(SeriesBreak::month).containsExactly(YearMonth.of(2002, 11));
		AssistancePoint november = point(result.points(), YearMonth.of(2002, 11));
		assertThat(november.breakBefore()).isTrue();
		assertThat(point(result.points(), YearMonth.of(2003, 9)).windowSpansBreak()).isTrue();
		assertThat(point(result.points(), YearMonth.of(2003, 10)).windowSpansBreak()).isFalse();
		assertThat(point(result.points(), YearMonth.of(2002, 10)).windowSpansBreak()).isFalse();
	}

	@Test
	void the_target_is_tracked_at_the_latest_month_with_a_rolling_average() {
		List<AssistanceValues.Figure> figures = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			figures.add(new AssistanceValues.Figure(LocalDate.of(1999, 1 + i, 1), false, 200, null, false));
			figures.add(new AssistanceValues.Figure(LocalDate.of(2000, 1 + i, 1), false, 150, null, false));
		}
		var query = new AssistanceQuery(null, AssistanceMeasure.ADULT_RECIPIENTS, BarrierCategory.ALL, 1999, 2000, 1999,
				2004, -50);
		var result = SeriesComputation.compute(query, figures, Map.of(2000, 10000.0), List.of());
		assertThat(result.baseYearAverage()).isEqualTo(200);
		// 150 against 200: -25 %, half of the halving
		assertThat(result.target().latestMonth()).isEqualTo(YearMonth.of(2000, 12));
		assertThat(result.target().reachedChangePercent()).isCloseTo(-25, within(1e-9));
		assertThat(result.target().shareOfTargetPercent()).isCloseTo(50, within(1e-9));
		// 150 of 10 000 inhabitants: 15 per 1 000
		assertThat(point(result.points(), YearMonth.of(2000, 6)).perThousand()).isCloseTo(15, within(1e-9));
	}

	private static AssistancePoint point(List<AssistancePoint> points, YearMonth month) {
		return points.stream().filter(p -> p.month().equals(month) && !p.annual()).findFirst().orElseThrow();
	}
}
