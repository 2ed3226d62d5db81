package se.fuel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditTrail;
import se.fuel.testdata.TestData;

/** The officers' area taxonomy page: who may use it, Swedish messages for bad input, retiring and deleting. */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeAreaAdminIT {

	static final String API = "/api/v1/knowledge";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestData data;

	String officer;

	String admin;

	String reader;

	String applicant;

	String council;

	String attestant;

	@BeforeAll
	void people() {
		officer = data.officer();
		admin = data.admin();
		reader = data.reader();
		UUID district = data.district();
		applicant = data.applicant(district);
		council = data.council(district);
		attestant = data.attestant();
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void only_officers_and_administrators_administer_the_areas() throws Exception {
		mvc.perform(get("/knowledge/areas").with(users.as(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Missbruk")));
		mvc.perform(get("/knowledge/areas").with(users.as(admin))).andExpect(status().isOk());
		for (String other : new String[] { reader, applicant, council, attestant }) {
			mvc.perform(get("/knowledge/areas").with(users.as(other))).andExpect(status().isForbidden());
			mvc.perform(post("/knowledge/areas").with(users.as(other)).with(csrf())
				.param("code", "t-" + unique()).param("label", "Förbjudet " + unique()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/knowledge/areas/missbruk/retire").with(users.as(other)).with(csrf()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void bad_input_is_named_in_swedish_and_what_was_typed_is_kept() throws Exception {
		mvc.perform(post("/knowledge/areas").with(users.as(officer)).with(csrf())
			.param("code", "Barn Å").param("label", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kod: skriv 2–60 tecken")))
			.andExpect(content().string(containsString("Namn: skriv områdets namn med 1–200 tecken.")))
			.andExpect(content().string(containsString("href=\"#code\"")))
			.andExpect(content().string(containsString("value=\"Barn Å\"")));
		mvc.perform(post("/knowledge/areas").with(users.as(officer)).with(csrf())
			.param("code", "missbruk").param("label", "missbruk"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kod: det finns redan ett område med koden missbruk.")))
			.andExpect(content().string(containsString("Namn: det finns redan ett område som heter missbruk.")));
		mvc.perform(post("/knowledge/areas/missbruk").with(users.as(officer)).with(csrf()).param("label", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#label-missbruk\"")));
	}

	@Test
	void a_retired_area_is_not_offered_but_stays_on_its_items_and_in_the_facets_and_is_never_deleted()
			throws Exception {
		String code = "t-" + unique();
		String label = "Spelberoende " + unique();
		mvc.perform(post("/knowledge/areas").with(users.as(officer)).with(csrf())
			.param("code", code).param("label", label))
			.andExpect(redirectedUrl("/knowledge/areas"));
		String programme = "A" + unique();
		String created = mvc.perform(post(API).with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"kind":"REPORT","title":"Spel om pengar","summary":"Stöd till spelberoende.","programmeCode":"%s",
					 "areaCodes":["%s"],"implementationStatus":"UNKNOWN"}""".formatted(programme, code)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");
		mvc.perform(post(API + "/" + id + "/publish").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk());

		mvc.perform(post("/knowledge/areas/" + code).with(users.as(admin)).with(csrf())
			.param("label", label + " och dataspel"))
			.andExpect(redirectedUrl("/knowledge/areas"));
		mvc.perform(post("/knowledge/areas/" + code + "/retire").with(users.as(officer)).with(csrf()))
			.andExpect(redirectedUrl("/knowledge/areas"));

		mvc.perform(get(API + "/areas").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(jsonPath("$[*].code", not(hasItem(code))));
		mvc.perform(get(API + "/" + id).with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(jsonPath("$.areas[0].label").value(label + " och dataspel"));
		mvc.perform(get("/knowledge").param("programme", programme).with(users.as(reader)))
			.andExpect(content().string(containsString(label + " och dataspel (1)")));
		mvc.perform(get("/knowledge/" + id + "/edit").with(users.as(officer)))
			.andExpect(content().string(containsString(label + " och dataspel (ur bruk)")));
		// The item keeps its retired area when changed; a new item cannot have it.
		mvc.perform(put(API + "/" + id).with(httpBasic(officer, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"REPORT","title":"Spel om pengar, ändrad","summary":"Stöd.","programmeCode":"%s",
					 "areaCodes":["%s"],"implementationStatus":"UNKNOWN"}""".formatted(programme, code)))
			.andExpect(status().isOk());
		mvc.perform(post(API).with(httpBasic(officer, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"REPORT\",\"title\":\"Nytt\",\"areaCodes\":[\"" + code + "\"]}"))
			.andExpect(status().isUnprocessableContent());

		mvc.perform(post("/knowledge/areas/" + code + "/delete").with(users.as(officer)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("används av 1 objekt")));
		mvc.perform(get(API + "/" + id).with(httpBasic(reader, TestData.PASSWORD))).andExpect(status().isOk());

		mvc.perform(post("/knowledge/areas/" + code + "/reinstate").with(users.as(officer)).with(csrf()))
			.andExpect(redirectedUrl("/knowledge/areas"));
		mvc.perform(get(API + "/areas").with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(jsonPath("$[*].code", hasItem(code)));
		assertThat(audit.history("KnowledgeArea", code)).extracting(e -> e.action())
			.containsExactly("created", "updated", "retired", "reinstated");
	}

	@Test
	void an_unused_area_is_deleted() throws Exception {
		String code = "t-" + unique();
		mvc.perform(post("/knowledge/areas").with(users.as(officer)).with(csrf())
			.param("code", code).param("label", "Tillfälligt " + unique()))
			.andExpect(redirectedUrl("/knowledge/areas"));
		mvc.perform(post("/knowledge/areas/" + code + "/delete").with(users.as(officer)).with(csrf()))
			.andExpect(redirectedUrl("/knowledge/areas"));
		mvc.perform(get("/knowledge/areas").with(users.as(officer)))
			.andExpect(content().string(not(containsString("id=\"area-" + code + "\""))));
		mvc.perform(post("/knowledge/areas/" + code + "/retire").with(users.as(officer)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void an_officer_keeps_the_areas_through_the_api_by_the_pages_rules() throws Exception {
		var officerApi = httpBasic(officer, TestData.PASSWORD);
		String code = "t-" + unique();
		String area = API + "/areas/" + code;
		mvc.perform(post(API + "/areas").with(officerApi).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"Barn Å\",\"label\":\"\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", hasItem("code")))
			.andExpect(jsonPath("$.violations[*].field", hasItem("label")));
		mvc.perform(post(API + "/areas").with(httpBasic(reader, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\",\"label\":\"Nej\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post(API + "/areas").with(officerApi).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + code + "\",\"label\":\"Via API " + code + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code));
		mvc.perform(put(area).with(officerApi).contentType(MediaType.APPLICATION_JSON)
			.content("{\"label\":\"Omdöpt " + code + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.label").value("Omdöpt " + code));
		mvc.perform(post(area + "/retire").with(officerApi))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(post(area + "/reinstate").with(officerApi))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(true));
		mvc.perform(delete(area).with(officerApi)).andExpect(status().isNoContent());
		mvc.perform(post(area + "/retire").with(officerApi)).andExpect(status().isNotFound());
		assertThat(audit.history("KnowledgeArea", code)).extracting(e -> e.action())
			.containsExactly("created", "updated", "retired", "reinstated", "deleted");
	}
}
