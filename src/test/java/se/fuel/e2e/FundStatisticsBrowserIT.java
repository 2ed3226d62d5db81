package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fuel.grants.GrantView;
import se.fuel.grants.OutcomeCount;

/**
 * The fund statistics pages in a real browser, checked with axe-core, over a year of the test's own: reached from the
 * navigation, table 1.3 and its lineage switch with its chart, the overview rolled up and filtered by programme, the
 * outcomes with their chart, an error in the years, and an applicant's view and landing page. Table 1.3 of 2002–2003
 * as the source documents give it, and its roll-up into today's organisations, are checked on the demo in
 * {@link HistoricalGrantPagesBrowserIT}.
 */
class FundStatisticsBrowserIT extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Test
	void the_fund_statistics_pages_are_accessible_for_officers_and_applicants() throws Exception {
		var journeys = new GrantJourneys(context);
		var applicant = journeys.applicant();
		var other = journeys.applicant();
		GrantView grant = journeys.granted(applicant,
				"Webbtest av fondstatistik " + UUID.randomUUID().toString().substring(0, 8), 300_000, "§ 2");
		int year = grant.year();
		journeys.underWay(grant);
		journeys.reportApproved(applicant, grant, List.of(new OutcomeCount("arbete", 3L, 2L, 0L)));
		journeys.studyVisitSentIn(year, other);
		// Another organisation's grant, in another year, whose application figures an applicant may not see.
		journeys.granted(other, "Webbtest av en annans projekt " + UUID.randomUUID().toString().substring(0, 8),
				200_000, "§ 2");
		String years = "from=" + year + "&to=" + year;

		login(journeys.officer());
		open("/");
		clickAndWait("nav a[href$='/statistics']");
		assertThat(heading()).isEqualTo("Statistik");
		assertAccessible();
		clickAndWait("#statistics-funds");
		assertThat(heading()).isEqualTo("Ansökningar och beviljade medel");
		assertThat(find("#per-year").getText()).contains("Totalt");
		assertThat(find("#granted-chart title").getAttribute("textContent")).startsWith("Beviljat belopp per år");
		assertAccessible();

		open("/statistics/funds/projects?" + years);
		assertThat(heading()).isEqualTo("Projekt per förvaltning");
		assertThat(find("#project-table").getText()).contains(applicant.organisationName());
		assertAccessible();
		find("#lineage-today").click();
		clickAndWait("#show");
		assertThat(browser().getCurrentUrl()).contains("lineage=today");
		assertThat(find("#project-table").getText()).contains(applicant.organisationName());
		assertThat(find("#export-xlsx").getAttribute("href")).contains("/statistics/funds/projects.xlsx?",
				"lineage=today");
		assertThat(find("#projects-chart title").getAttribute("textContent")).startsWith("Beviljat belopp per ledande");
		assertAccessible();

		// The overview rolled up into today's organisations and narrowed to one programme by its checkbox; the year
		// has a study visit (MUL) sent in besides the project (LUM).
		open("/statistics/funds?" + years);
		assertThat(find("#per-programme").getText()).contains("LUM", "MUL");
		find("#lineage-today").click();
		find("input[name=programme][value=LUM]").click();
		clickAndWait("#show");
		assertThat(browser().getCurrentUrl()).contains("lineage=today", "programme=LUM");
		assertThat(find("input[name=programme][value=LUM]").isSelected()).isTrue();
		assertThat(find("#per-programme").getText()).contains("LUM").doesNotContain("MUL");
		assertAccessible();

		open("/statistics/funds/outcomes?" + years);
		assertThat(heading()).isEqualTo("Deltagare och utfall");
		assertThat(find("#outcomes-by-gender").getText()).contains("Arbete", " av ");
		assertThat(find("#outcomes-chart title").getAttribute("textContent")).startsWith("Deltagare per utfall");
		assertAccessible();
		open("/statistics/funds/outcomes?" + years + "&programme=LUM");
		assertAccessible();

		open("/statistics/funds/projects?" + years);
		find("#from").clear();
		find("#from").sendKeys("tjugo");
		clickAndWait("#show");
		assertThat(find(".govuk-error-summary").getText()).contains("Från år måste vara ett årtal med fyra siffror");
		assertAccessible();
		logout();

		login(applicant.username());
		open("/statistics/funds");
		assertThat(find("#own-organisation-note").getText()).contains(applicant.organisationName());
		assertThat(find("#per-organisation").getText()).contains("visas ej");
		assertAccessible();
		open("/statistics");
		assertAccessible();
	}
}
