package se.fuel.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.testdata.TestData;

/** The register's districts and their lineage come from the migrations, so every database has them. */
@FuelIntegrationTest
class OrganisationApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	TestData data;

	String officer;

	String admin;

	String applicant;

	String reader;

	@BeforeEach
	void people() {
		officer = data.officer();
		admin = data.admin();
		applicant = data.applicant(data.district());
		reader = data.reader();
	}

	@Test
	void every_signed_in_user_reads_the_register_with_lineage() throws Exception {
		var rinkeby = organisations.findByCode("rinkeby").orElseThrow();
		var rinkebyKista = organisations.findByCode("rinkeby-kista").orElseThrow();
		mvc.perform(get("/api/v1/organisations").with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("jarva")))
			.andExpect(jsonPath("$[?(@.code == 'rinkeby')].successorId", hasItem(rinkebyKista.id().toString())))
			.andExpect(jsonPath("$[?(@.code == 'rinkeby')].succession", hasItem("MERGED_INTO")))
			.andExpect(jsonPath("$[?(@.code == 'rinkeby')].validTo", hasItem("2006-12-31")));
		mvc.perform(get("/api/v1/organisations/" + rinkeby.id()).with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Rinkeby"))
			.andExpect(jsonPath("$.kind").value("DISTRICT"))
			.andExpect(jsonPath("$.validFrom").value("1997-01-01"));
		mvc.perform(get("/api/v1/organisations/" + UUID.randomUUID()).with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anonymous_callers_get_401() throws Exception {
		mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized());
	}

	@Test
	void an_officer_creates_and_renames_an_organisation_through_the_api() throws Exception {
		String code = "api-" + UUID.randomUUID().toString().substring(0, 8);
		String location = mvc.perform(post("/api/v1/organisations").with(httpBasic(officer, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"%s","name":"API-föreningen","kind":"EXTERNAL","validFrom":"2001-01-01"}""".formatted(code)))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.code").value(code))
			.andReturn().getResponse().getHeader("Location");
		String id = location.substring(location.lastIndexOf('/') + 1);
		UUID successor = data.organisation(OrganisationKind.EXTERNAL, "Efterträdande förening");
		mvc.perform(put("/api/v1/organisations/" + id).with(httpBasic(admin, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"%s","name":"API-föreningen","kind":"EXTERNAL","validFrom":"2001-01-01",
						 "validTo":"2004-12-31","successorId":"%s","succession":"RENAMED_TO"}""".formatted(code, successor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.successorId").value(successor.toString()))
			.andExpect(jsonPath("$.succession").value("RENAMED_TO"));
	}

	@Test
	void broken_rules_answer_422_with_swedish_violations() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(httpBasic(officer, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"jarva","name":"","kind":"DISTRICT","validFrom":"2020-01-01","validTo":"2019-01-01"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", hasItem("code")))
			.andExpect(jsonPath("$.violations[*].rule", hasItem("unique")))
			.andExpect(jsonPath("$.violations[*].message", hasItem("Namn måste anges.")))
			.andExpect(jsonPath("$.violations[*].rule", hasItem("valid-to-not-before-valid-from")));
	}

	@Test
	void a_client_that_chose_english_reads_the_same_problem_in_english() throws Exception {
		mvc.perform(post("/api/v1/organisations").param("lang", "en").with(httpBasic(officer, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"jarva","name":"","kind":"DISTRICT"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("The data does not meet the rules"))
			.andExpect(jsonPath("$.detail").value("2 rules are not met."))
			.andExpect(jsonPath("$.violations[*].message", hasItem("Enter a name.")));
		mvc.perform(post("/api/v1/organisations").param("lang", "en").with(httpBasic(applicant, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"smyg","name":"Smyg","kind":"EXTERNAL"}"""))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Access denied"))
			.andExpect(jsonPath("$.detail").value("Your role may not do this."));
	}

	@Test
	void applicants_readers_and_council_members_may_not_write() throws Exception {
		var jarva = organisations.findByCode("jarva").orElseThrow();
		String body = """
				{"code":"smyg-%s","name":"Smyg","kind":"EXTERNAL"}""".formatted(UUID.randomUUID().toString().substring(0, 8));
		for (String who : new String[] { applicant, reader, data.council(data.district()) }) {
			mvc.perform(post("/api/v1/organisations").with(httpBasic(who, TestData.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isForbidden());
		}
		mvc.perform(put("/api/v1/organisations/" + jarva.id()).with(httpBasic(applicant, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"jarva","name":"Kapat","kind":"DISTRICT"}"""))
			.andExpect(status().isForbidden());
	}

	@Test
	void the_api_answers_the_version_and_refuses_a_stale_change_with_412_for_if_match_and_409_for_a_body_version()
			throws Exception {
		String code = "stale-" + UUID.randomUUID().toString().substring(0, 8);
		String location = mvc.perform(post("/api/v1/organisations").with(httpBasic(officer, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"%s","name":"Samtidiga föreningen","kind":"EXTERNAL"}""".formatted(code)))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn().getResponse().getHeader("Location");
		String id = location.substring(location.lastIndexOf('/') + 1);
		String api = "/api/v1/organisations/" + id;
		mvc.perform(get(api).with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(put(api).with(httpBasic(officer, TestData.PASSWORD)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"%s","name":"Först sparad","kind":"EXTERNAL"}""".formatted(code)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.name").value("Först sparad"));

		mvc.perform(put(api).with(httpBasic(admin, TestData.PASSWORD)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"%s","name":"Sent sparad","kind":"EXTERNAL"}""".formatted(code)))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.violations[0].field").value("version"))
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.changedBy").value(officer));
		mvc.perform(put(api).with(httpBasic(admin, TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"%s","name":"Sent sparad","kind":"EXTERNAL","version":0}""".formatted(code)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.violations[0].rule").value("changed-since-opened"));
		assertThat(organisations.find(UUID.fromString(id)).orElseThrow().name()).isEqualTo("Först sparad");
	}
}
