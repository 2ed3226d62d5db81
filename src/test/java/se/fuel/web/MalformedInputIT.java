package se.fuel.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * Requests no client should send, each answered with a 4xx in Swedish naming what was wrong, never a server error:
 * control characters, the wrong content type, nulls inside lists, wrong types, texts longer than their column, and
 * form fields that point past the form.
 */
@FuelIntegrationTest
class MalformedInputIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	TestUsers users;

	int year;

	UUID callId;

	String applicant;

	String officer;

	@BeforeEach
	void callAndAccounts() throws Exception {
		year = cycle.year();
		callId = cycle.call(year);
		applicant = data.applicant(data.district());
		officer = data.officer();
	}

	private String application(String title, String budgetLines) {
		return """
				{"callId":"%s","title":"%s","contactName":"Fatima","contactEmail":"fatima@farsta.example",
				 "requestedAmount":1000,"budgetLines":%s,"priorityAreas":[],
				 "startDate":"%d-02-01","endDate":"%d-11-30"}""".formatted(callId, title, budgetLines, year, year);
	}

	@Test
	void a_nul_byte_in_a_json_text_is_refused_naming_the_field() throws Exception {
		mvc.perform(post("/api/v1/applications").with(httpBasic(applicant, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(application("Projekt\\u0000", "[]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.violations[0].field").value("title"))
			.andExpect(jsonPath("$.violations[0].rule").value("no-control-characters"))
			.andExpect(jsonPath("$.detail", containsString("kontrolltecken")));
	}

	@Test
	void a_null_inside_a_list_is_refused_naming_its_place() throws Exception {
		mvc.perform(post("/api/v1/applications").with(httpBasic(applicant, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(application("Projekt", "[{\"description\":\"Lön\",\"amount\":1000}, null]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.violations[0].field").value("budgetLines[1]"))
			.andExpect(jsonPath("$.violations[0].rule").value("not-null"));
	}

	@Test
	void a_text_where_an_amount_belongs_names_the_field_and_the_expected_type() throws Exception {
		mvc.perform(post("/api/v1/applications").with(httpBasic(applicant, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(application("Projekt", "[{\"description\":\"Lön\",\"amount\":\"tusen\"}]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.violations[0].field").value("budgetLines[0].amount"))
			.andExpect(jsonPath("$.detail").value(
					"Fältet \u201DbudgetLines[0].amount\u201D ska vara ett heltal (hela kronor)."));
	}

	@Test
	void json_sent_as_plain_text_or_as_a_multipart_without_boundary_is_refused_in_swedish() throws Exception {
		for (String type : new String[] { "text/plain", "multipart/form-data" }) {
			mvc.perform(post("/api/v1/applications").with(httpBasic(applicant, TestData.PASSWORD))
				.contentType(type).content(application("Projekt", "[]")))
				.andExpect(status().is4xxClientError())
				.andExpect(jsonPath("$.violations[0].field").value("Content-Type"))
				.andExpect(jsonPath("$.detail", containsString("stöds inte")));
		}
	}

	@Test
	void asking_for_a_format_the_api_does_not_give_is_answered_406_in_swedish() throws Exception {
		mvc.perform(get("/api/v1/knowledge/methods").with(httpBasic(applicant, TestData.PASSWORD)).accept("image/png"))
			.andExpect(status().isNotAcceptable());
	}

	@Test
	void a_wrong_method_is_answered_405_in_swedish() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.patch("/api/v1/knowledge/methods").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$.detail", containsString("går inte att använda")));
	}

	@Test
	void an_adopter_longer_than_its_column_is_refused_naming_the_field() throws Exception {
		String adopter = "a".repeat(301);
		mvc.perform(post("/api/v1/knowledge/methods").with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"name":"Lång spridning","type":"WAY_OF_WORKING","targetGroup":"Unga","purpose":"Syfte",
					 "howItIsDone":"Så","evidenceStatus":"NO_STUDIES","adopters":["%s"]}""".formatted(adopter)))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.violations[*].field", hasItem("adopters")))
			.andExpect(jsonPath("$.detail", containsString("högst 300 tecken")));
	}

	@Test
	void the_method_page_keeps_the_form_and_says_which_field_is_longer_than_its_column() throws Exception {
		mvc.perform(post("/knowledge/methods").with(users.as(officer)).with(csrf())
			.param("name", "Lång spridning på sidan").param("type", "WAY_OF_WORKING").param("targetGroup", "Unga")
			.param("purpose", "Syfte").param("howItIsDone", "Så").param("evidenceStatus", "NO_STUDIES")
			.param("adopters", "b".repeat(301)))
			.andExpect(status().is(not(org.hamcrest.Matchers.greaterThanOrEqualTo(500))))
			.andExpect(content().string(containsString("högst 300 tecken")))
			.andExpect(content().string(containsString("Lång spridning på sidan")));
	}

	@Test
	void a_query_parameter_with_a_nul_byte_is_refused_naming_it() throws Exception {
		mvc.perform(get("/api/v1/knowledge/methods").param("q", "a\u0000b").with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.violations[0].field").value("q"));
	}

	@Test
	void form_fields_pointing_past_the_form_get_the_swedish_400_page() throws Exception {
		for (String field : new String[] { "budgetLines[99999].amount", "budgetLines[-1].amount",
				"budgetLines[abc].amount" }) {
			mvc.perform(post("/applications/new").with(users.as(applicant)).with(csrf())
				.param("callId", callId.toString()).param("title", "Projekt").param(field, "100")
				.param("action", "addLine"))
				.andExpect(status().isBadRequest());
		}
		// A field the form does not have is ignored, as any unknown field: the form comes back.
		mvc.perform(post("/applications/new").with(users.as(applicant)).with(csrf())
			.param("callId", callId.toString()).param("title", "Projekt").param("x[abc]", "100")
			.param("action", "addLine"))
			.andExpect(status().isOk());
		mvc.perform(post("/applications/new").with(users.as(applicant)).with(csrf())
			.param("callId", callId.toString()).param("title", "Projekt\u0000").param("action", "addLine"))
			.andExpect(status().isBadRequest());
	}
}
