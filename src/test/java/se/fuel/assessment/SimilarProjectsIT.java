package se.fuel.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.applications.SubmittedApplication;
import se.fuel.applications.SubmittedApplications;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;

/**
 * "Liknande projekt" found in the demo's knowledge bank for 2027 demo applications. Where the list is and who may see
 * it is tested on the test's own data in {@link AssessmentIT}.
 */
@DemoDataTest
class SimilarProjectsIT {

	static final String FAMILIES = "Hela familjen i fokus – familjeinriktat arbete inom ekonomiskt bistånd";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Calls calls;

	@Autowired
	SubmittedApplications applications;

	CallView lum2027() {
		return calls.all().stream().filter(c -> c.programmeCode().equals("LUM") && c.year() == 2027)
			.findFirst().orElseThrow();
	}

	UUID demoApplication(String title) {
		return applications.submittedTo(lum2027().id()).stream().filter(a -> a.title().equals(title))
			.map(SubmittedApplication::id).findFirst().orElseThrow();
	}

	@Test
	void the_partial_lists_five_earlier_published_items_with_why_they_match() throws Exception {
		UUID id = demoApplication(FAMILIES);
		String html = mvc.perform(get("/assessments/" + id + "/similar").header("HX-Request", "true")
			.with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andReturn().getResponse().getContentAsString();
		List<String> items = items(html);
		assertThat(items).hasSize(5).allSatisfy(item -> {
			assertThat(item).containsPattern("href=\"/knowledge/[0-9a-f-]{36}\"")
				.containsPattern("(Rapport|Projektplan|Reserapport|Förstudie|Metod|Annan kunskap), (19|20)\\d\\d")
				.containsPattern("Samma målgrupp: |Samma metod: |Gemensamma ord: ");
		});
		assertThat(html).contains("Gemensamma ord: ");
	}

	@Test
	void without_javascript_the_similar_projects_are_a_page_of_their_own() throws Exception {
		UUID id = demoApplication(FAMILIES);
		String html = mvc.perform(get("/assessments/" + id + "/similar").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Liknande projekt: " + FAMILIES)))
			.andReturn().getResponse().getContentAsString();
		assertThat(items(html)).hasSize(5);
	}

	@Test
	void an_application_naming_a_method_and_a_target_group_of_earlier_projects_gets_them_as_reasons()
			throws Exception {
		String json = """
				{"callId":"%s","title":"Lots med ASI %s","contactName":"Test","contactEmail":"test@stockholm.example",
				 "targetGroup":"Vuxna med samsjuklighet","problem":"Klienter med ekonomiskt bistånd och missbruk slussas runt.",
				 "goals":"Att kunna bedöma om ASI-metoden kan användas inom ekonomiskt bistånd för en bättre helhetsbild av klientens hjälpbehov.",
				 "method":"Kartläggning med ASI-intervjun i gemensamma ärenden med missbrukarvården, och en lots.",
				 "implementationPlan":"Plan","genderAnalysis":"Analys","requestedAmount":300000,
				 "budgetLines":[{"description":"Lön","amount":300000}],"priorityAreas":[],
				 "startDate":"2027-02-01","endDate":"2027-11-30"}"""
			.formatted(lum2027().id(), UUID.randomUUID());
		String body = mvc.perform(post("/api/v1/applications").with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(httpBasic("farsta", "demo")))
			.andExpect(status().isOk());

		String html = mvc.perform(get("/assessments/" + id + "/similar").header("HX-Request", "true")
			.with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(items(html)).anySatisfy(item -> assertThat(item).contains("ASI-metoden (Addiction Severity Index)",
				"Samma metod: <span lang=\"sv\">ASI (Addiction Severity Index)</span>"));
		assertThat(items(html)).anySatisfy(item -> assertThat(item).contains("Digital Lots för samsjukliga",
				"Samma målgrupp: <span lang=\"sv\">Vuxna med samsjuklighet</span>"));
	}

	/** The items of the list of similar projects, each with its link, kind, year and reasons. */
	static List<String> items(String html) {
		int start = html.indexOf("id=\"assessment-similar-items\"");
		assertThat(start).as("the list of similar projects").isPositive();
		return Arrays.stream(html.substring(start).split("<li>\\s*<a class=\"govuk-link\"")).skip(1).toList();
	}
}
