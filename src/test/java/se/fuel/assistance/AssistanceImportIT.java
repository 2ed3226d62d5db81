package se.fuel.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static se.fuel.assistance.AssistanceFixtures.HEADER;
import static se.fuel.assistance.AssistanceFixtures.file;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/**
 * Imports through the page and the API: broken files store nothing and report every line; a Kolada file is stored;
 * rows already stored are refused or replaced as chosen; only officers import. Each test imports for a district of
 * its own, in years of its own (1951–1954) that no other test of the context uses.
 */
@FuelIntegrationTest
class AssistanceImportIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	se.fuel.system.FuelProperties properties;

	AssistanceFixtures fixtures;

	AssistanceFixtures.District district;

	@BeforeEach
	void ownDistrict(@Autowired ApplicationContext context) {
		fixtures = new AssistanceFixtures(context);
		district = fixtures.district();
	}

	/** Figures of the test's own district stored for the year. */
	private long storedIn(int year) {
		return jdbc.sql("""
				select count(*) from assistance_value v join organisation o on o.id = v.organisation_id
				where o.code = ? and extract(year from v.period) = ?""")
			.param(district.code())
			.param(year)
			.query(Long.class)
			.single();
	}

	@Test
	void a_broken_csv_stores_nothing_and_reports_every_broken_line_through_the_page() throws Exception {
		// Broken on purpose: a bad number, an unknown organisation, a duplicate, a missing column.
		String d = district.code();
		String csv = HEADER + d + ";1951-01;vuxna;alla;individ;120\n" + d + ";1951-02;vuxna;alla;individ;12x\n"
				+ "narnia;1951-03;vuxna;alla;individ;120\n" + d + ";1951-01;vuxna;alla;individ;121\n"
				+ d + ";1951-04;vuxna;alla;individ\n";
		String location = mvc.perform(multipart("/statistics/assistance/import").file(file("trasig.csv", csv))
				.param("policy", "REFUSE")
				.with(users.as(fixtures.officer()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		String result = fixtures.waitFor(id);
		assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("REJECTED");
		List<Integer> lines = JsonPath.read(result, "$.rejections[*].line");
		assertThat(lines).containsExactly(3, 4, 5, 6);
		List<String> reasons = JsonPath.read(result, "$.rejections[*].reason");
		assertThat(reasons.get(0)).contains("\"12x\" är inget tal");
		assertThat(reasons.get(1)).contains("Okänd organisation \"narnia\"");
		assertThat(reasons.get(2)).contains("Dubblett").contains("rad 2");
		assertThat(reasons.get(3)).contains("Fel antal kolumner");
		assertThat(storedIn(1951)).isZero();
		// The upload was saved for the background import, which removes it however it ends.
		try (var saved = java.nio.file.Files.list(properties.dataDir().resolve("imports"))) {
			assertThat(saved.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".upload"));
		}
		mvc.perform(get(location).with(users.as(fixtures.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Avvisad, ingenting importerades")))
			.andExpect(content().string(containsString("Okänd organisation &quot;narnia&quot;")));
	}

	@Test
	void a_file_with_wrong_columns_is_refused_on_its_header_line() throws Exception {
		String result = fixtures.importAndWait(file("fel.csv", "stadsdel;år;antal\n" + district.code() + ";1952;12\n"), "REFUSE");
		assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("REJECTED");
		assertThat((Integer) JsonPath.read(result, "$.rejections[0].line")).isEqualTo(1);
		assertThat((String) JsonPath.read(result, "$.rejections[0].reason")).startsWith("Fel kolumner");
		assertThat(storedIn(1952)).isZero();
	}

	@Test
	void a_kolada_file_is_stored_and_served_by_the_api() throws Exception {
		String kolada = """
				{"count": 1, "values": [
				  {"kpi": "arbetsloshet", "municipality": "0180", "period": 1953,
				   "values": [{"count": 1, "gender": "T", "status": "", "value": 2.7},
				              {"count": 1, "gender": "K", "status": "", "value": 2.5}]}],
				 "next_page": null}
				""";
		String result = fixtures.importAndWait(file("kolada.json", kolada), "REFUSE");
		assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("STORED");
		assertThat((Integer) JsonPath.read(result, "$.storedRows")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(result, "$.skippedRows")).isEqualTo(1);
		mvc.perform(get("/api/v1/statistics/assistance/series").param("measure", "arbetsloshet")
				.param("from", "1953").param("to", "1953").param("base", "1953")
				.with(httpBasic(data.reader(), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.points[0].annual").value(true))
			.andExpect(jsonPath("$.points[0].value").value(2.7));
	}

	@Test
	void rows_already_stored_refuse_the_file_or_replace_the_stored_figures_as_chosen() throws Exception {
		String first = HEADER + district.code() + ";1954-01;vuxna;alla;individ;100\n";
		assertThat((String) JsonPath.read(fixtures.importAndWait(file("a.csv", first), "REFUSE"), "$.status")).isEqualTo("STORED");
		String again = HEADER + district.code() + ";1954-02;vuxna;alla;individ;90\n" + district.code()
				+ ";1954-01;vuxna;alla;individ;110\n";
		String refused = fixtures.importAndWait(file("b.csv", again), "REFUSE");
		assertThat((String) JsonPath.read(refused, "$.status")).isEqualTo("REJECTED");
		assertThat((Integer) JsonPath.read(refused, "$.rejections[0].line")).isEqualTo(3);
		assertThat((String) JsonPath.read(refused, "$.rejections[0].reason")).contains("finns redan");
		assertThat(storedIn(1954)).isEqualTo(1);
		String replaced = fixtures.importAndWait(file("b.csv", again), "REPLACE");
		assertThat((String) JsonPath.read(replaced, "$.status")).isEqualTo("STORED");
		assertThat((Integer) JsonPath.read(replaced, "$.replacedRows")).isEqualTo(1);
		assertThat(jdbc.sql("""
				select sum(v.value) from assistance_value v join organisation o on o.id = v.organisation_id
				where o.code = ? and extract(year from v.period) = 1954""")
			.param(district.code())
			.query(Double.class).single()).isEqualTo(200);
	}

	@Test
	void applicants_and_readers_may_not_import() throws Exception {
		for (String user : List.of(data.applicant(data.district()), data.reader())) {
			mvc.perform(multipart("/statistics/assistance/import").file(file("x.csv", HEADER))
					.param("policy", "REFUSE").with(users.as(user)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/statistics/assistance/import").with(users.as(user)))
				.andExpect(status().isForbidden());
			mvc.perform(multipart("/api/v1/statistics/assistance/imports").file(file("x.csv", HEADER))
					.with(httpBasic(user, TestData.PASSWORD)).with(csrf()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void an_unknown_import_is_not_found() throws Exception {
		mvc.perform(get("/api/v1/statistics/assistance/imports/" + java.util.UUID.randomUUID())
				.with(httpBasic(fixtures.officer(), TestData.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void an_import_without_a_file_shows_the_error_on_the_form() throws Exception {
		mvc.perform(multipart("/statistics/assistance/import").param("policy", "REFUSE")
				.with(users.as(fixtures.officer())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#file\"")));
	}
}
