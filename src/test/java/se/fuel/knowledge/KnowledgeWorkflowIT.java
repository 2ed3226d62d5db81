package se.fuel.knowledge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/** Drafts, publishing, unpublishing and versions, and who may do what, through the API and the pages. */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeWorkflowIT {

	static final String API = "/api/v1/knowledge";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	se.fuel.audit.AuditTrail audit;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData data;

	KnowledgeFixtures knowledge;

	String officer;

	String reader;

	String applicant;

	String council;

	@BeforeAll
	void people() {
		knowledge = new KnowledgeFixtures(context);
		officer = knowledge.officer();
		reader = data.reader();
		UUID district = data.district();
		applicant = data.applicant(district);
		council = data.council(district);
	}

	static RequestPostProcessor basic(String username) {
		return httpBasic(username, TestData.PASSWORD);
	}

	String draft(String title) throws Exception {
		String json = """
				{"kind":"METHOD","title":"%s","summary":"Ett arbetssätt för unga vuxna med försörjningsstöd.",
				 "body":"Så gick det till.","year":2025,"organisationIds":[],"programmeCode":"LUM",
				 "areaCodes":["arbetsmarknad","barn-och-unga"],"targetGroups":["Unga vuxna 18–24 år"],
				 "methods":["Motiverande samtal"],"implementationStatus":"PARTLY","outcome":"12 av 30 fick arbete.",
				 "contact":"Projektledaren"}""".formatted(title);
		String body = mvc.perform(post(API).with(basic(officer))
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	@Test
	void a_draft_is_invisible_to_readers_and_applicants_until_published_and_again_after_unpublishing() throws Exception {
		String id = draft("Arbetssätt under arbete " + System.nanoTime());
		for (String other : new String[] { reader, applicant, council }) {
			mvc.perform(get(API + "/" + id).with(basic(other))).andExpect(status().isNotFound());
			mvc.perform(get("/knowledge/" + id).with(users.as(other))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/knowledge/drafts").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id)));

		mvc.perform(post(API + "/" + id + "/publish").with(basic(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.publishedVersion").value(1));
		mvc.perform(get(API + "/" + id).with(basic(reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.areas[0].label").value("Arbetsmarknad"))
			.andExpect(jsonPath("$.methods[0]").value("Motiverande samtal"));
		mvc.perform(get("/knowledge/" + id).with(users.as(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("12 av 30 fick arbete.")))
			.andExpect(content().string(not(containsString("Händelser"))));
		mvc.perform(get("/knowledge/" + id).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Händelser")));

		mvc.perform(post("/knowledge/" + id + "/unpublish").with(users.as(officer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(API + "/" + id).with(basic(reader))).andExpect(status().isNotFound());

		mvc.perform(put(API + "/" + id).with(basic(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"METHOD","title":"Arbetssätt, andra upplagan","summary":"Ny sammanfattning.",
					 "areaCodes":["arbetsmarknad"],"implementationStatus":"IMPLEMENTED"}"""))
			.andExpect(status().isOk());
		mvc.perform(post("/knowledge/" + id + "/publish").with(users.as(officer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(API + "/" + id + "/versions").with(basic(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].snapshot", containsString("Motiverande samtal")))
			.andExpect(jsonPath("$[1].snapshot", containsString("andra upplagan")));
		org.assertj.core.api.Assertions.assertThat(audit.history("KnowledgeItem", id))
			.extracting(se.fuel.audit.AuditEvent::action)
			.containsExactly("created", "published", "unpublished", "updated", "published");
		mvc.perform(get(API).param("size", "100").with(basic(reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber());
	}

	@Test
	void editing_a_published_item_passes_the_checks_again_and_keeps_a_version() throws Exception {
		String id = draft("Publicerat och ändrat " + System.nanoTime());
		mvc.perform(post(API + "/" + id + "/publish").with(basic(officer)))
			.andExpect(status().isOk());
		mvc.perform(put(API + "/" + id).with(basic(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"METHOD\",\"title\":\"Utan sammanfattning\",\"areaCodes\":[\"arbetsmarknad\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", hasItem("summary")));
		mvc.perform(get(API + "/" + id).with(basic(reader)))
			.andExpect(jsonPath("$.summary").value("Ett arbetssätt för unga vuxna med försörjningsstöd."));
		mvc.perform(put(API + "/" + id).with(basic(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"METHOD\",\"title\":\"Rättad titel\",\"summary\":\"Kort.\",\"areaCodes\":[\"missbruk\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.publishedVersion").value(2));
		mvc.perform(get(API + "/" + id + "/versions").with(basic(officer)))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].snapshot", containsString("Rättad titel")));
	}

	@Test
	void everyone_signed_in_pages_through_the_published_items_newest_year_first() throws Exception {
		mvc.perform(get("/knowledge").with(users.as(council)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/knowledge\">Kunskapsbank</a>")))
			.andExpect(content().string(not(containsString("id=\"knowledge-new\""))));
		// Eleven items of the test's own programme: the front page (10 a page, 1-based) lists them newest year first.
		String programme = KnowledgeFixtures.programme();
		for (int year = 2011; year <= 2021; year++) {
			knowledge.published(programme, "Årgång " + year + " " + programme, "Om året " + year + ".", year,
					java.util.List.of(), java.util.List.of());
		}
		mvc.perform(get("/knowledge").param("programme", programme).with(users.as(council)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sida 1 av 2")))
			.andExpect(content().string(containsString("Årgång 2021 " + programme)))
			.andExpect(content().string(containsString("Årgång 2012 " + programme)))
			.andExpect(content().string(not(containsString("Årgång 2011 " + programme))));
		mvc.perform(get("/knowledge").param("programme", programme).param("page", "2").with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Årgång 2011 " + programme)))
			.andExpect(content().string(not(containsString("Årgång 2012 " + programme))))
			.andExpect(content().string(containsString("rel=\"prev\"")));
		mvc.perform(get(API + "/areas").with(basic(applicant)))
			.andExpect(jsonPath("$[*].label", hasItem("SFI/etablering")));
		mvc.perform(get(API + "/drafts").with(basic(reader))).andExpect(status().isForbidden());
	}

	@Test
	void applicants_readers_and_council_members_may_not_create_edit_or_publish() throws Exception {
		String id = draft("Bara för handläggare " + System.nanoTime());
		for (String other : new String[] { applicant, reader, council }) {
			mvc.perform(post(API).with(basic(other)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"OTHER\",\"title\":\"Försök\"}"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/knowledge").param("kind", "OTHER").param("title", "Försök")
				.with(users.as(other)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/knowledge/new").with(users.as(other))).andExpect(status().isForbidden());
			mvc.perform(get("/knowledge/drafts").with(users.as(other))).andExpect(status().isForbidden());
			mvc.perform(post(API + "/" + id + "/publish").with(basic(other)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/knowledge/" + id + "/publish").with(users.as(other)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(multipart("/knowledge/" + id + "/attachments")
				.file(new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF-1.4".getBytes()))
				.with(users.as(other)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get(API + "/" + id)).andExpect(status().isUnauthorized());
	}

	@Test
	void bad_input_is_refused_with_the_fields_named_and_publishing_needs_a_summary_and_an_area() throws Exception {
		mvc.perform(post(API).with(basic(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"REPORT\",\"title\":\" \",\"year\":1850,\"areaCodes\":[\"påhittat\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", hasItem("title")))
			.andExpect(jsonPath("$.violations[*].field", hasItem("year")))
			.andExpect(jsonPath("$.violations[*].field", hasItem("areaCodes")));
		mvc.perform(post("/knowledge").param("kind", "REPORT").param("title", "").param("year", "tjugo")
			.param("summary", "Det jag skrev").with(users.as(officer)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#year\"")))
			.andExpect(content().string(containsString("Det jag skrev")));

		String body = mvc.perform(post(API).with(basic(officer))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"OTHER\",\"title\":\"Utan sammanfattning\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(post(API + "/" + id + "/publish").with(basic(officer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", hasItem("summary")));
		mvc.perform(post("/knowledge/" + id + "/publish").with(users.as(officer)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#summary\"")))
			.andExpect(content().string(containsString("Skriv en sammanfattning innan objektet publiceras.")));
		mvc.perform(get(API + "/" + id).with(basic(officer)))
			.andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void an_officer_attaches_a_file_that_readers_download_once_the_item_is_published() throws Exception {
		String id = draft("Med bilaga " + System.nanoTime());
		byte[] pdf = SamplePdf.withText("Slutrapport om unga vuxna");
		String body = mvc.perform(multipart(API + "/" + id + "/attachments")
			.file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", pdf))
			.with(basic(officer)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String attachment = JsonPath.read(body, "$.id");
		String file = "/knowledge/" + id + "/attachments/" + attachment;
		mvc.perform(get(file).with(users.as(reader))).andExpect(status().isNotFound());
		mvc.perform(post(API + "/" + id + "/publish").with(basic(officer)))
			.andExpect(status().isOk());
		mvc.perform(get(file).with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(pdf));
		mvc.perform(multipart("/knowledge/" + id + "/attachments")
			.file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", "inte en pdf".getBytes()))
			.with(users.as(officer)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"#file\"")));
		mvc.perform(post(file + "/delete").with(users.as(reader)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(file + "/delete").with(users.as(officer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(file).with(users.as(officer))).andExpect(status().isNotFound());
	}

	@Test
	void an_officer_removes_a_file_through_the_api_and_a_reader_may_not() throws Exception {
		String id = draft("Bilaga som tas bort " + System.nanoTime());
		String body = mvc.perform(multipart(API + "/" + id + "/attachments")
			.file(new MockMultipartFile("file", "bort.pdf", "application/pdf", SamplePdf.withText("Tas bort")))
			.with(basic(officer)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String file = API + "/" + id + "/attachments/" + JsonPath.read(body, "$.id");
		mvc.perform(delete(file).with(basic(reader))).andExpect(status().isForbidden());
		mvc.perform(delete(API + "/" + id + "/attachments/" + java.util.UUID.randomUUID()).with(basic(officer)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/knowledge/" + id + "/attachments/" + JsonPath.read(body, "$.id")).with(users.as(officer)))
			.andExpect(status().isOk());
		mvc.perform(delete(file).with(basic(officer))).andExpect(status().isNoContent());
		mvc.perform(get("/knowledge/" + id + "/attachments/" + JsonPath.read(body, "$.id")).with(users.as(officer)))
			.andExpect(status().isNotFound());
		mvc.perform(delete(file).with(basic(officer))).andExpect(status().isNotFound());
	}
}
