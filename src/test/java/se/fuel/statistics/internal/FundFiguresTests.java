package se.fuel.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.statistics.ApplicationData;
import se.fuel.statistics.FundFigure;
import se.fuel.statistics.internal.FundFigures.Application;
import se.fuel.statistics.internal.FundFigures.Grant;
import se.fuel.statistics.internal.FundFigures.Key;

/**
 * Hand-worked: in 2024 (LUM, a call in Fuel) Farsta applied twice (300 000 granted 250 000 in part, 100 000 rejected)
 * and Södermalm once (200 000 granted in full), and one Farsta application of 50 000 is not decided yet; in 2003
 * (programme 5+5, before Fuel) Rinkeby got 600 000 without any application in Fuel.
 */
class FundFiguresTests {

	static final List<Application> APPLICATIONS = List.of(
			new Application(2024, "LUM", "Farsta", 300_000, DecisionOutcome.PARTIALLY_GRANTED),
			new Application(2024, "LUM", "Farsta", 100_000, DecisionOutcome.REJECTED),
			new Application(2024, "LUM", "Södermalm", 200_000, DecisionOutcome.GRANTED),
			new Application(2024, "LUM", "Farsta", 50_000, null));

	static final List<Grant> GRANTS = List.of(new Grant(2024, "LUM", "Farsta", 250_000),
			new Grant(2024, "LUM", "Södermalm", 200_000), new Grant(2003, "5+5", "Rinkeby", 600_000));

	static final FundFigures FIGURES = new FundFigures(APPLICATIONS, GRANTS, Set.of("2024 LUM"));

	static List<FundFigure> byYear() {
		return FIGURES.rows(a -> new Key("" + a.year(), "" + a.year()), g -> new Key("" + g.year(), "" + g.year()),
				Comparator.comparing(FundFigure::key), k -> false);
	}

	static List<FundFigure> byOrganisation(String hiddenExcept) {
		return FIGURES.rows(a -> new Key(a.organisation(), a.organisation()),
				g -> new Key(g.organisation(), g.organisation()), Comparator.comparing(FundFigure::key),
				k -> hiddenExcept != null && !k.equals(hiddenExcept));
	}

	@Test
	void counts_applications_grants_rejections_and_amounts_of_a_year_with_a_call() {
		FundFigure y2024 = byYear().get(1);
		assertThat(y2024.label()).isEqualTo("2024");
		assertThat(y2024.applications()).isEqualTo(4);
		assertThat(y2024.grants()).isEqualTo(2);
		assertThat(y2024.rejections()).isEqualTo(1);
		assertThat(y2024.requested()).isEqualTo(650_000);
		assertThat(y2024.granted()).isEqualTo(450_000);
		assertThat(y2024.data()).isEqualTo(ApplicationData.KNOWN);
	}

	@Test
	void the_success_rate_counts_partial_grants_as_granted_and_leaves_out_undecided_applications() {
		assertThat(byYear().get(1).successRate()).isEqualTo(66.7);
	}

	@Test
	void a_year_decided_before_fuel_has_its_grants_but_no_application_figures_not_even_zero() {
		FundFigure y2003 = byYear().get(0);
		assertThat(y2003.grants()).isEqualTo(1);
		assertThat(y2003.granted()).isEqualTo(600_000);
		assertThat(y2003.data()).isEqualTo(ApplicationData.MISSING);
		assertThat(y2003.applications()).isNull();
		assertThat(y2003.rejections()).isNull();
		assertThat(y2003.requested()).isNull();
		assertThat(y2003.successRate()).isNull();
	}

	@Test
	void hidden_rows_keep_their_grant_figures_and_lose_their_application_figures() {
		List<FundFigure> rows = byOrganisation("Farsta");
		FundFigure sodermalm = rows.stream().filter(f -> f.label().equals("Södermalm")).findFirst().orElseThrow();
		assertThat(sodermalm.data()).isEqualTo(ApplicationData.HIDDEN);
		assertThat(sodermalm.applications()).isNull();
		assertThat(sodermalm.rejections()).isNull();
		assertThat(sodermalm.requested()).isNull();
		assertThat(sodermalm.grants()).isEqualTo(1);
		assertThat(sodermalm.granted()).isEqualTo(200_000);
		FundFigure farsta = rows.stream().filter(f -> f.label().equals("Farsta")).findFirst().orElseThrow();
		assertThat(farsta.rejections()).isEqualTo(1);
		assertThat(farsta.successRate()).isEqualTo(50.0);
	}

	@Test
	void the_total_adds_up_every_row() {
		FundFigure total = FIGURES.total("Totalt");
		assertThat(total.applications()).isEqualTo(4);
		assertThat(total.grants()).isEqualTo(3);
		assertThat(total.granted()).isEqualTo(1_050_000);
	}

	@Test
	void a_success_rate_rounds_half_up_to_one_decimal_and_is_absent_when_nothing_was_decided() {
		assertThat(FundFigures.successRate(1, 3)).isEqualTo(33.3);
		assertThat(FundFigures.successRate(2, 3)).isEqualTo(66.7);
		assertThat(FundFigures.successRate(0, 0)).isNull();
	}
}
