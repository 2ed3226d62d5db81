package se.fuel.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.decisions.document.PdfAValidation;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/** The decision document and outcome API: the whole way from a finalised version to the applicant's outcome. */
@DemoDataTest
class DecisionApiIT {

	// The committee cannot decide in the future; the day itself is made up.
	static final String DECIDED_ON = "2025-12-16";

	static final String API = "/api/v1/decision-documents";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TestUsers users;

	@Autowired
	Allocations allocations;

	@Autowired
	Identity identity;

	UUID attestant(String username) {
		return identity.usersWithRole(Role.ATTESTANT).stream().filter(u -> u.username().equals(username))
			.findFirst().orElseThrow().id();
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	int statusOf(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	@Test
	void a_version_is_sent_attested_and_decided_through_the_api_and_the_applicant_reads_the_outcome() throws Exception {
		var round = new DecisionRound(mvc, userDetails).assessed(1_000_000);
		DocumentView document = round.as("handlaggare", () -> allocations.finalise(round.year));
		String doc = API + "/" + document.id();

		mvc.perform(get(API).param("year", String.valueOf(round.year)).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(document.id().toString()))
			.andExpect(jsonPath("$[0].current").value(true));
		mvc.perform(get(doc).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FINALISED"))
			.andExpect(jsonPath("$.content.grandTotal").value(500_000));
		for (String user : List.of("farsta", "radsledamot", "lasare")) {
			assertThat(statusOf(get(API).param("year", String.valueOf(round.year)).with(httpBasic(user, "demo"))))
				.as(user).isEqualTo(403);
			assertThat(statusOf(get(doc).with(httpBasic(user, "demo")))).as(user).isIn(403, 404);
			assertThat(statusOf(get(doc + "/pdf").with(httpBasic(user, "demo")))).as(user).isIn(403, 404);
			assertThat(statusOf(json(post(doc + "/send").with(httpBasic(user, "demo")),
					"{\"attestantIds\":[\"%s\"]}".formatted(attestant("socialdirektor"))))).as(user).isIn(403, 404);
		}

		mvc.perform(json(post(doc + "/send").with(httpBasic("handlaggare", "demo")), "{\"attestantIds\":[]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations").isArray());
		mvc.perform(json(post(doc + "/send").with(httpBasic("handlaggare", "demo")),
				"{\"attestantIds\":[\"%s\",\"%s\"]}".formatted(attestant("socialdirektor"), attestant("avdelningschef"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SENT_FOR_ATTESTATION"))
			.andExpect(jsonPath("$.attestations.length()").value(2));
		assertThat(statusOf(post(doc + "/attest").with(httpBasic("farsta", "demo")))).isIn(403, 404);
		mvc.perform(post(doc + "/attest").with(httpBasic("socialdirektor", "demo"))).andExpect(status().isOk());
		mvc.perform(post(doc + "/attest").with(httpBasic("avdelningschef", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ATTESTED"));

		mvc.perform(json(post(doc + "/decision").with(httpBasic("handlaggare", "demo")),
				"{\"decidedOn\":\"%s\",\"paragraph\":\"§ 5\",\"asProposed\":true,\"amendment\":null}"
					.formatted(DECIDED_ON)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.decision.paragraph").value("§ 5"))
			.andExpect(jsonPath("$.decision.asProposed").value(true));

		byte[] pdf = mvc.perform(get(doc + "/pdf").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					containsString("tjansteutlatande-" + round.year + "-v1.pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		PdfAValidation.assertPdfA2b(pdf);
		mvc.perform(get(doc + "/html").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/html")))
			.andExpect(content().string(containsString(round.farstaTitle)))
			.andExpect(content().string(not(containsString("<html"))));

		mvc.perform(get("/api/v1/outcomes").with(httpBasic("farsta", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title").value(hasItem(round.farstaTitle)))
			.andExpect(jsonPath("$[*].title").value(not(hasItem(round.sodermalmTitle))));
		mvc.perform(get("/api/v1/outcomes/" + round.farstaApplication).with(httpBasic("farsta", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("GRANTED"))
			.andExpect(jsonPath("$.amount").value(300_000))
			.andExpect(jsonPath("$.requestedAmount").value(300_000))
			.andExpect(jsonPath("$.paragraph").value("§ 5"));
		mvc.perform(get("/api/v1/outcomes/" + round.farstaApplication).with(httpBasic("sodermalm", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/outcomes/" + round.sodermalmApplication).with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amount").value(200_000));
	}

	@Test
	void an_outcome_is_not_found_before_the_decision() throws Exception {
		var round = new DecisionRound(mvc, userDetails).assessed(1_000_000);
		mvc.perform(get("/api/v1/outcomes/" + round.farstaApplication).with(httpBasic("farsta", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/decisions/outcomes/" + round.farstaApplication + "/panel")
			.with(users.as("farsta")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Nämndens beslut"))));
	}

	@Test
	void the_demo_applicant_reads_the_2024_outcomes_with_the_reasons_of_rejections() throws Exception {
		mvc.perform(get("/api/v1/outcomes").with(httpBasic("farsta", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.year == 2024)].title").value(hasItem("Digital Lots för samsjukliga")))
			.andExpect(jsonPath("$[?(@.year == 2024)].paragraph").value(hasItem("§ 7")));
	}
}
