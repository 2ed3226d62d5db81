package se.fuel.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import se.fuel.FuelIntegrationTest;
import se.fuel.organisations.Organisations;

/**
 * The demo series reproduce, through the computations, the city-level facts of seeds/001 Bilaga 2 (as a reader sees
 * them: published statistics).
 */
@FuelIntegrationTest
@WithUserDetails("lasare")
class AssistanceDemoFactsTests {

	@Autowired
	AssistanceSeries series;

	@Autowired
	Organisations organisations;

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

	@Test
	void a_district_of_today_includes_the_districts_whose_work_it_carries() {
		var jarva = organisations.findByCode("jarva").orElseThrow();
		AssistanceSeriesView view = series.series(AssistanceQuery.of(jarva.id(), AssistanceMeasure.ADULT_RECIPIENTS,
				BarrierCategory.ALL, 1999, 2004, 1999));
		assertThat(view.includedOrganisations()).contains("Rinkeby", "Kista", "Spånga-Tensta");
		double rinkeby = series.series(AssistanceQuery.of(organisations.findByCode("rinkeby").orElseThrow().id(),
				AssistanceMeasure.ADULT_RECIPIENTS, BarrierCategory.ALL, 1999, 1999, 1999)).points().get(0).value();
		assertThat(view.points().get(0).value()).isGreaterThan(rinkeby);
		assertThat(view.points().get(0).perThousand()).isNotNull();
	}
}
