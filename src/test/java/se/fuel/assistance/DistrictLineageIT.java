package se.fuel.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import se.fuel.FuelIntegrationTest;
import se.fuel.organisations.OrganisationInput;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.OrganisationManagement;
import se.fuel.organisations.Organisations;
import se.fuel.organisations.Succession;
import se.fuel.testdata.TestData;

/**
 * A district of today shows the figures of the districts whose work it carries, as Järva shows Rinkeby's: on a
 * district of the test's own and one merged into it, with figures for 1998 (read by organisation, so the year is
 * theirs alone).
 */
@FuelIntegrationTest
class DistrictLineageIT {

	@Autowired
	TestData data;

	@Autowired
	OrganisationManagement management;

	@Autowired
	Organisations organisations;

	@Autowired
	AssistanceSeries series;

	@Test
	void a_district_of_today_includes_the_districts_whose_work_it_carries(@Autowired ApplicationContext context)
			throws Exception {
		var fixtures = new AssistanceFixtures(context);
		UUID today = data.district();
		String todays = organisations.find(today).orElseThrow().code();
		// Merged away in 2009: only an administrator records what an organisation became.
		var merged = data.as(data.admin(), () -> management.create(new OrganisationInput("merged-" + todays,
				"Sammanslagen " + todays, OrganisationKind.DISTRICT, null, LocalDate.of(1990, 1, 1),
				LocalDate.of(2009, 12, 31), today, Succession.MERGED_INTO, null))).organisation();
		fixtures.stored(AssistanceFixtures.everyMonth(todays, 1998, "vuxna;alla", "individ", 700)
				+ AssistanceFixtures.everyMonth(merged.code(), 1998, "vuxna;alla", "individ", 500)
				+ todays + ";1998;befolkning;alla;;30000\n" + merged.code() + ";1998;befolkning;alla;;20000\n");
		String reader = data.reader();
		AssistanceSeriesView view = data.as(reader, () -> series.series(AssistanceQuery.of(today,
				AssistanceMeasure.ADULT_RECIPIENTS, BarrierCategory.ALL, 1998, 1998, 1998)));
		assertThat(view.includedOrganisations()).contains(merged.name());
		double alone = data.as(reader, () -> series.series(AssistanceQuery.of(merged.id(),
				AssistanceMeasure.ADULT_RECIPIENTS, BarrierCategory.ALL, 1998, 1998, 1998))).points().get(0).value();
		assertThat(view.points().get(0).value()).isGreaterThan(alone).isEqualTo(1200);
		assertThat(view.points().get(0).perThousand()).isNotNull();
	}
}
