package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * A long history in a real browser, checked with axe-core: the grant page shows the newest entries, "Äldre händelser"
 * swaps in the next page by htmx without leaving the page, and a cut entry's link opens the whole entry. The entries
 * are added to the test's own grant and removed afterwards.
 */
class AuditHistoryBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	final List<Long> added = new ArrayList<>();

	@AfterEach
	void removeEntries() {
		added.forEach(id -> jdbc.sql("delete from audit_entry where id = ?").param(id).update());
	}

	@Test
	void an_officer_pages_through_a_long_history_and_opens_a_whole_entry() throws Exception {
		UUID grant = cycle.granted("Lång historik", 150_000).grant().id();
		String officer = data.officer();
		// Thirty changes with long texts at once: no person makes them, so they are written past the facades.
		Instant start = Instant.parse("2091-01-01T10:00:00Z");
		for (int n = 1; n <= 30; n++) {
			added.add(jdbc.sql("""
					insert into audit_entry (occurred_at, actor, object_type, object_id, action, before_state, after_state)
					values (?, ?, 'Grant', ?, 'updated', null, cast(? as jsonb)) returning id""")
				.params(Timestamp.from(start.plusSeconds(n)), officer, grant.toString(),
						"{\"field\": \"entry-" + n + "-" + "y".repeat(2_000) + "\"}")
				.query(Long.class)
				.single());
		}
		login(officer);
		open("/grants/" + grant);
		String url = browser().getCurrentUrl();
		assertThat(find("#audit-Grant").getAttribute("innerHTML")).contains("entry-30-").doesNotContain("entry-10-");
		assertAccessible();
		find("#audit-Grant .govuk-pagination__next a").click();
		waiting()
			.until(d -> find("#audit-Grant").getAttribute("innerHTML").contains("entry-10-"));
		assertThat(browser().getCurrentUrl()).isEqualTo(url);
		assertThat(find("#audit-Grant").getAttribute("innerHTML")).doesNotContain("entry-30-");
		assertAccessible();
		clickAndWait("#audit-Grant a.fuel-audit__whole");
		assertThat(heading()).isEqualTo("Händelse");
		assertThat(find("#audit-after").getText()).contains("entry-10-" + "y".repeat(2_000));
		assertAccessible();
		logout();
	}
}
