package se.fuel.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import se.fuel.DemoDataTest;

/**
 * The demo series reproduce, through the computations, the city-level facts of the annual report's Bilaga 2 (as a reader sees
 * them: published statistics). That a district of today includes its predecessors' figures is checked on a test's own
 * districts in {@link DistrictLineageIT}.
 */
@DemoDataTest
@WithUserDetails("lasare")
class AssistanceDemoFactsIT {

	@Autowired
	AssistanceSeries series;

	private AssistanceSeriesView city(AssistanceMeasure measure, BarrierCategory category, int to) {
		return series.series(AssistanceQuery.of(null, measure, category, 1999, to, 1999));
	}

	private static AssistancePoint at(AssistanceSeriesView view, int year, int month) {
		return view.points().stream()
			.filter(p -> !p.annual() && p.month().equals(YearMonth.of(year, month)))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void adult_recipients_fell_by_thirty_seven_and_a_half_percent_from_1999_to_2003() {
		AssistanceSeriesView adults = city(AssistanceMeasure.ADULT_RECIPIENTS, BarrierCategory.ALL, 2003);
		assertThat(at(adults, 2003, 12).changePercent()).isCloseTo(-37.5, within(0.005));
		assertThat(adults.target().latestMonth()).isEqualTo(YearMonth.of(2003, 12));
		assertThat(adults.target().shareOfTargetPercent()).isCloseTo(75, within(0.01));
		assertThat(adults.madeUp()).isTrue();
	}

	@Test
	void households_fell_by_thirty_six_percent_to_12_156_in_november_2002_to_october_2003() {
		AssistanceSeriesView households = city(AssistanceMeasure.HOUSEHOLDS, BarrierCategory.ALL, 2003);
		AssistancePoint october = at(households, 2003, 10);
		assertThat(october.rolling12()).isCloseTo(12156, within(0.001));
		assertThat(Math.round(october.changePercent())).isEqualTo(-36);
	}

	@Test
	void the_cost_fell_by_almost_twenty_four_percent() {
		AssistancePoint october = at(city(AssistanceMeasure.COST_TKR, BarrierCategory.ALL, 2003), 2003, 10);
		assertThat(october.changePercent()).isBetween(-24.0, -23.5);
	}

	@Test
	void full_year_equivalents_fell_by_twenty_five_percent_to_2002() {
		AssistancePoint december = at(city(AssistanceMeasure.FULL_YEAR_EQUIVALENTS, BarrierCategory.ALL, 2002), 2002, 12);
		assertThat(december.changePercent()).isCloseTo(-25, within(0.005));
	}

	@Test
	void december_2003_by_barrier_adds_up_to_14_656() {
		AssistanceSeriesView adults = city(AssistanceMeasure.ADULT_RECIPIENTS, BarrierCategory.ALL, 2003);
		assertThat(adults.sharesMonth()).isEqualTo(YearMonth.of(2003, 12));
		assertThat(adults.shares()).extracting(CategoryShare::category, CategoryShare::value).containsExactly(
				org.assertj.core.groups.Tuple.tuple(BarrierCategory.UNEMPLOYMENT, 4184.0),
				org.assertj.core.groups.Tuple.tuple(BarrierCategory.INSUFFICIENT_BENEFITS, 3289.0),
				org.assertj.core.groups.Tuple.tuple(BarrierCategory.SOCIAL_MEDICAL, 2861.0),
				org.assertj.core.groups.Tuple.tuple(BarrierCategory.IMMIGRATION, 2694.0),
				org.assertj.core.groups.Tuple.tuple(BarrierCategory.OTHER, 1628.0));
		assertThat(at(adults, 2003, 12).value()).isEqualTo(14656);
	}

	/** The seed's changes against 1999 per barrier category, in its order. */
	private static Map<BarrierCategory, Long> seedChanges() {
		Map<BarrierCategory, Long> changes = new LinkedHashMap<>();
		changes.put(BarrierCategory.UNEMPLOYMENT, -52L);
		changes.put(BarrierCategory.SOCIAL_MEDICAL, -25L);
		changes.put(BarrierCategory.IMMIGRATION, -24L);
		changes.put(BarrierCategory.OTHER, -20L);
		changes.put(BarrierCategory.INSUFFICIENT_BENEFITS, -4L);
		return changes;
	}

	/**
	 * Bilaga 2: "Den största minskningen av antalet bidragshushåll tom 12-månadersperioden december 2001-november
	 * 2002 var bland hushåll med försörjningshinder relaterade till arbetsmarknaden. Den uppgick till 52 % jämfört med
	 * år 1999." and "… invandring minskat med 24 % … socialmedicinska hinder … 25 % … otillräcklig inkomst minskade
	 * med 4 % och hushåll med övriga försörjningshinder minskade med 20 %." Households were registered by their main
	 * barrier "t.o.m. november 2002", so the series end there.
	 */
	@Test
	void households_by_barrier_fell_from_1999_to_december_2001_november_2002_as_bilaga_2_says() {
		seedChanges().forEach((category, change) -> {
			AssistanceSeriesView households = city(AssistanceMeasure.HOUSEHOLDS, category, 2004);
			AssistancePoint november = at(households, 2002, 11);
			assertThat(Math.round(november.changePercent())).as(category.label()).isEqualTo(change);
			assertThat(november.level()).isEqualTo(RegistrationLevel.HOUSEHOLD);
			assertThat(households.points()).last().extracting(AssistancePoint::month).isEqualTo(YearMonth.of(2002, 11));
			assertThat(households.madeUp()).isTrue();
		});
	}

	/**
	 * The tjänsteutlåtande: "Mellan 1999 och 2003 har antalet bidragstagare inom respektive försörjningshinder
	 * förändrats enligt följande: Relaterade till arbetslöshet - 52 %, Sociala/ medicinska hinder - 25 %, Relaterade
	 * till invandring - 24 %, Övriga försörjningshinder - 20 %, Otillräcklig ersättning från FK … -4 %". These are
	 * Bilaga 2's numbers for households to November 2002, and they cannot hold for adult recipients from 1999 to
	 * 2003: categories registered per household before November 2002 and per person after are not the same
	 * categories, and with 2003 made up as December 2003 the stated changes would make the total fall by about 32 %,
	 * not the 37.5 % the seed reports (checked below from the page's own December figures). So the demo makes them
	 * hold for adult recipients over the last twelve months registered like 1999, November 2001-October 2002.
	 */
	@Test
	void adult_recipients_by_barrier_fell_as_the_tjansteutlatande_says_over_the_last_twelve_months_before_the_break() {
		double inverse = 0;
		double december = at(city(AssistanceMeasure.ADULT_RECIPIENTS, BarrierCategory.ALL, 2003), 2003, 12).value();
		for (Map.Entry<BarrierCategory, Long> e : seedChanges().entrySet()) {
			AssistanceSeriesView adults = city(AssistanceMeasure.ADULT_RECIPIENTS, e.getKey(), 2003);
			AssistancePoint october2002 = at(adults, 2002, 10);
			assertThat(Math.round(october2002.changePercent())).as(e.getKey().label()).isEqualTo(e.getValue());
			assertThat(october2002.windowSpansBreak()).isFalse();
			assertThat(october2002.level()).isEqualTo(RegistrationLevel.HOUSEHOLD);
			inverse += at(adults, 2003, 12).value() / december / (1 + e.getValue() / 100.0);
		}
		double impliedTotalChange = (1 / inverse - 1) * 100;
		assertThat(impliedTotalChange).isBetween(-33.0, -31.0);
	}

	/**
	 * Bilaga 2: "Av de drygt 14 000 vuxna personer som uppbar ekonomiskt bistånd under oktober 2003 (prel uppgifter)
	 * var arbetsmarknad skälet för 29 %, otillräckliga inkomster orsaken för 24 %, invandrarrelaterade skäl för 21 %,
	 * socialmedicinska för 20 % och för återstående 6 % var övriga försörjningshinder aktuella."
	 */
	@Test
	void in_october_2003_a_little_over_14_000_adults_had_the_seeds_barriers() {
		double total = at(city(AssistanceMeasure.ADULT_RECIPIENTS, BarrierCategory.ALL, 2003), 2003, 10).value();
		assertThat(total).isBetween(14000.0, 14500.0);
		Map<BarrierCategory, Long> percent = Map.of(BarrierCategory.UNEMPLOYMENT, 29L,
				BarrierCategory.INSUFFICIENT_BENEFITS, 24L, BarrierCategory.IMMIGRATION, 21L,
				BarrierCategory.SOCIAL_MEDICAL, 20L, BarrierCategory.OTHER, 6L);
		percent.forEach((category, expected) -> assertThat(Math.round(
				at(city(AssistanceMeasure.ADULT_RECIPIENTS, category, 2003), 2003, 10).value() / total * 100))
			.as(category.label())
			.isEqualTo(expected));
	}

	/**
	 * Bilaga 2: "I diagrammet nedan redovisas antalet vuxna personer med ekonomiskt bistånd månadsvis för perioden
	 * maj-oktober 2003 på grupper av försörjningshinder för staden totalt. LMA= Lagen om mottagande av asylsökande m
	 * fl". The seed gives no LMA figures: the demo's are made up, small, and outside the total (the October shares
	 * and December's 14 656 add up without them).
	 */
	@Test
	void adults_by_barrier_month_by_month_may_to_october_2003_include_a_made_up_lma_group() {
		AssistanceSeriesView total = city(AssistanceMeasure.ADULT_RECIPIENTS, BarrierCategory.ALL, 2003);
		AssistanceSeriesView lma = city(AssistanceMeasure.ADULT_RECIPIENTS, BarrierCategory.LMA, 2003);
		for (int month = 5; month <= 10; month++) {
			double sum = 0;
			for (BarrierCategory category : seedChanges().keySet()) {
				sum += at(city(AssistanceMeasure.ADULT_RECIPIENTS, category, 2003), 2003, month).value();
			}
			assertThat(sum).isEqualTo(at(total, 2003, month).value());
			AssistancePoint asylum = at(lma, 2003, month);
			assertThat(asylum.value()).isPositive().isLessThan(0.02 * sum);
			assertThat(asylum.madeUp()).isTrue();
		}
		assertThat(lma.points()).extracting(AssistancePoint::month)
			.containsExactly(YearMonth.of(2003, 5), YearMonth.of(2003, 6), YearMonth.of(2003, 7), YearMonth.of(2003, 8),
					YearMonth.of(2003, 9), YearMonth.of(2003, 10));
	}

	@Test
	void unemployment_was_4_1_percent_in_1999_2_9_in_2002_and_3_5_in_october_2003() {
		AssistanceSeriesView unemployment = city(AssistanceMeasure.UNEMPLOYMENT_RATE, BarrierCategory.ALL, 2003);
		assertThat(unemployment.points()).filteredOn(AssistancePoint::annual)
			.filteredOn(p -> p.month().getYear() == 1999 || p.month().getYear() == 2002)
			.extracting(AssistancePoint::value)
			.containsExactly(4.1, 2.9);
		assertThat(at(unemployment, 2003, 10).value()).isEqualTo(3.5);
		assertThat(at(unemployment, 2003, 10).madeUp()).isFalse();
	}

	@Test
	void the_series_break_in_november_2002_is_shown_not_hidden() {
		AssistanceSeriesView adults = city(AssistanceMeasure.ADULT_RECIPIENTS, BarrierCategory.UNEMPLOYMENT, 2004);
		assertThat(adults.breaks()).extracting(SeriesBreak::month).containsExactly(YearMonth.of(2002, 11));
		assertThat(at(adults, 2002, 11).breakBefore()).isTrue();
		assertThat(at(adults, 2002, 10).level()).isEqualTo(RegistrationLevel.HOUSEHOLD);
		assertThat(at(adults, 2002, 11).level()).isEqualTo(RegistrationLevel.INDIVIDUAL);
	}
}
