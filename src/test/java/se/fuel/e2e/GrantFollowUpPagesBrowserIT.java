package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import se.fuel.decisions.DecidedRoundFixture;
import se.fuel.grants.GrantView;
import se.fuel.organisations.Organisations;
import se.fuel.testdata.FundCycle;

/**
 * The follow-up pages an officer works in, in a real Chromium with axe-core: a grant with its lead and partner
 * organisations and its reminder log, the payment instructions per decision, and the outbox filtered and paged.
 */
class GrantFollowUpPagesBrowserIT extends DemoBrowserTest {

	// A year of the test's own: a round is decided for every application of its year.
	int year;

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	WebApplicationContext context;

	@Autowired
	FundCycle cycle;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_grant_shows_its_organisations_and_reminders_and_the_money_overview_its_decision() throws Exception {
		year = cycle.year();
		var fixture = new DecidedRoundFixture(context);
		UUID call = fixture.round().lumCall(year, 1_000_000, 3);
		String title = "Samverkan i söder " + tag;
		List<UUID> partners = List.of(organisations.findByCode("sodermalm").orElseThrow().id(),
				organisations.findByCode("skarpnack").orElseThrow().id());
		UUID application = fixture.submittedWithPartners("farsta", call, year, title, 200_000, partners);
		fixture.round().grant(application);
		fixture.decide(year, "§ 6");
		GrantView grant = fixture.grantOf(year, application);
		jdbc.sql("""
				insert into grant_reminder (id, grant_id, kind, step, due_date, sent_on, recipients, created_at)
				values (?, ?, 'REPORT', 'WEEK_AFTER', ?, ?, 2, now())""")
			.params(UUID.randomUUID(), grant.id(), java.time.LocalDate.of(year + 1, 2, 28),
					java.time.LocalDate.of(year + 1, 3, 7))
			.update();

		login("handlaggare");
		open("/grants?year=" + year);
		String overview = mainText();
		assertThat(overview).contains("Utbetalningsunderlag per beslut", "§ 6", title);
		assertThat(find("#grant-decisions a.decision-csv").getDomAttribute("href"))
			.startsWith("/grants/decisions/").endsWith("/payments.csv");
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText(title)));
		String page = mainText();
		assertThat(page).contains("Förvaltning", "Farsta", "Samverkanspartner", "Södermalm", "Skarpnäck");
		assertThat(find("#reminders").getText()).contains("Påminnelse skickad " + (year + 1) + "-03-07");
		assertAccessible();
		logout();

		login("farsta");
		open("/grants/" + grant.id());
		assertThat(mainText()).contains("Samverkanspartner", "Södermalm", "Skarpnäck");
		assertThat(browser().findElements(By.id("reminders"))).isEmpty();
		assertAccessible();
	}

	@Test
	void the_outbox_is_filtered_by_kind_and_paged_accessibly() {
		for (int i = 0; i < 51; i++) {
			jdbc.sql("""
					insert into mail_outbox (id, version, created_at, recipient_address, recipient_name, kind, subject,
					  body, status, attempts) values (?, 0, timestamptz '2001-01-01 12:00+01', 'x@demo.fuel.stockholm.se',
					  'X', 'REMINDER', ?, 'Hej X', 'OUTBOX_ONLY', 0)""")
				.params(UUID.randomUUID(), "Gammal påminnelse " + tag + " " + i)
				.update();
		}
		login("handlaggare");
		clickAndWait("nav.fuel-nav a[href='/mail/outbox']");
		new Select(find("#filter-kind")).selectByVisibleText("Påminnelser");
		clickAndWait("#outbox-filter button[type=submit]");
		assertThat(browser().getCurrentUrl()).endsWith("/mail/outbox?kind=REMINDER");
		assertThat(find("main caption").getText()).contains("sida 1 av");
		assertAccessible();
		clickAndWait("#outbox-next");
		assertThat(browser().getCurrentUrl()).contains("kind=REMINDER", "page=2");
		assertThat(find("main caption").getText()).contains("sida 2 av");
		assertAccessible();
		clickAndWait("#outbox-previous");
		assertThat(find("main caption").getText()).contains("sida 1 av");
	}

}
