package se.fuel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * A history of many large saves on an object's page: the page shows the newest 20 entries with values cut to 500
 * characters, the rest is paged (also as an htmx partial), and each cut entry links to the whole, which only those
 * who may read the object can open. The entries are added to a grant of the test's own district and removed
 * afterwards.
 */
@FuelIntegrationTest
class AuditHistoryPagesIT {

	static final int ENTRIES = 45;

	static final int VALUE_LENGTH = 100_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	/** Two granted projects, made once for the class: the tests only read them and add entries of their own. */
	static FundCycle.Granted granted;

	static FundCycle.Granted other;

	UUID grant;

	UUID otherGrant;

	String officer;

	String farsta;

	List<Long> added = new ArrayList<>();

	/** The value saved in entry n: its marker first, then a long field. */
	static String value(int n) {
		return "entry-" + n + "-" + "x".repeat(VALUE_LENGTH);
	}

	/**
	 * Nobody can save a grant 45 times with 100 000 characters in a field, so the entries are written straight to the
	 * trail, dated in 2090 so that they are the newest.
	 */
	@BeforeEach
	void manyLargeSaves() throws Exception {
		if (granted == null) {
			granted = cycle.granted("Historiken " + UUID.randomUUID(), 120_000);
			other = cycle.granted("Den andra " + UUID.randomUUID(), 110_000);
		}
		grant = granted.grant().id();
		otherGrant = other.grant().id();
		officer = cycle.officer();
		farsta = granted.applicant();
		Instant start = Instant.parse("2090-01-01T10:00:00Z");
		for (int n = 1; n <= ENTRIES; n++) {
			added.add(jdbc.sql("""
					insert into audit_entry (occurred_at, actor, object_type, object_id, action, before_state, after_state)
					values (?, 'handlaggare', 'Grant', ?, 'updated', null, cast(? as jsonb)) returning id""")
				.params(Timestamp.from(start.plusSeconds(n)), grant.toString(), "{\"field\": \"" + value(n) + "\"}")
				.query(Long.class)
				.single());
		}
	}

	@AfterEach
	void removeThem() {
		added.forEach(id -> jdbc.sql("delete from audit_entry where id = ?").param(id).update());
	}

	@Test
	void the_page_of_an_object_with_many_large_saves_shows_the_newest_twenty_cut_short() throws Exception {
		String page = mvc.perform(get("/grants/" + grant).with(users.as(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((long) ENTRIES * VALUE_LENGTH).isGreaterThan(4_000_000);
		assertThat(page.getBytes(StandardCharsets.UTF_8).length).as("bytes of the page").isLessThan(200_000);
		assertThat(markers(page)).as("entries on the first page, newest first")
			.containsExactlyElementsOf(range(ENTRIES, ENTRIES - 19));
		assertThat(page).contains("Visa hela händelsen").doesNotContain("x".repeat(501));
		assertThat(page).contains("class=\"govuk-pagination").contains("/audit/Grant/" + grant + "?page=2");
	}

	@Test
	void further_pages_come_as_an_htmx_partial_and_as_a_page_of_their_own() throws Exception {
		String second = mvc.perform(get("/audit/Grant/" + grant).param("page", "2").header("HX-Request", "true")
			.with(users.as(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(second).doesNotContain("<html").startsWith("<div class=\"fuel-audit__entries\"");
		assertThat(markers(second)).containsExactlyElementsOf(range(ENTRIES - 20, ENTRIES - 39));
		assertThat(second).contains("?page=1").contains("?page=3");
		String third = mvc.perform(get("/audit/Grant/" + grant).param("page", "3").with(users.as(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(third).contains("<html").contains("Sida 3 av 3");
		assertThat(markers(third).subList(0, ENTRIES - 40)).containsExactlyElementsOf(range(ENTRIES - 40, 1));
		assertThat(third).doesNotContain("?page=4");
	}

	@Test
	void the_whole_entry_is_reachable_from_its_link_by_those_who_may_read_the_object() throws Exception {
		String page = mvc.perform(get("/grants/" + grant).with(users.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher link = Pattern.compile("href=\"(/audit/Grant/" + grant + "/entries/(\\d+))\"").matcher(page);
		assertThat(link.find()).isTrue();
		assertThat(Long.parseLong(link.group(2))).isEqualTo(added.get(ENTRIES - 1));
		for (String reader : List.of(officer, farsta)) {
			String whole = mvc.perform(get(link.group(1)).with(users.as(reader)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(whole).as(reader).contains(value(ENTRIES));
		}
	}

	@Test
	void no_one_reads_an_entry_of_an_object_they_may_not_see_nor_an_entry_by_its_number_alone() throws Exception {
		String entry = "/audit/Grant/" + grant + "/entries/" + added.get(0);
		mvc.perform(get(entry).with(users.as(other.applicant()))).andExpect(status().isNotFound());
		mvc.perform(get("/audit/Grant/" + grant).with(users.as(other.applicant()))).andExpect(status().isNotFound());
		mvc.perform(get(entry).with(users.as(data.reader()))).andExpect(status().isForbidden());
		// The entry asked for under another object, or under a type no module answers for.
		mvc.perform(get("/audit/Grant/" + otherGrant + "/entries/" + added.get(0)).with(users.as(officer)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/audit/Unknown/" + grant + "/entries/" + added.get(0)).with(users.as(data.admin())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/audit/Grant/not-an-id/entries/" + added.get(0)).with(users.as(officer)))
			.andExpect(status().isNotFound());
	}

	@Test
	void the_trail_pages_newest_first_and_cuts_values_in_the_database() {
		AuditPage first = audit.page("Grant", grant, 1);
		assertThat(first.total()).isGreaterThanOrEqualTo(ENTRIES);
		assertThat(first.entries()).hasSize(AuditTrail.PAGE_SIZE);
		assertThat(first.entries().get(0).id()).isEqualTo(added.get(ENTRIES - 1));
		assertThat(first.entries().get(0).after()).hasSize(AuditTrail.SHOWN_CHARACTERS + 1).endsWith("…");
		assertThat(first.entries().get(0).truncated()).isTrue();
		assertThat(audit.page("Grant", grant, 99).page()).isEqualTo(first.pages());
		assertThat(audit.entry("Grant", grant, added.get(0)).orElseThrow().after()).contains(value(1));
		assertThat(audit.entry("Grant", otherGrant, added.get(0))).isEmpty();
	}

	/** The entry numbers rendered, in the order they stand. */
	static List<Integer> markers(String html) {
		List<Integer> found = new ArrayList<>();
		Matcher m = Pattern.compile("entry-(\\d+)-").matcher(html);
		while (m.find()) {
			found.add(Integer.parseInt(m.group(1)));
		}
		return found;
	}

	static List<Integer> range(int from, int downTo) {
		List<Integer> r = new ArrayList<>();
		for (int n = from; n >= downTo; n--) {
			r.add(n);
		}
		return r;
	}
}
