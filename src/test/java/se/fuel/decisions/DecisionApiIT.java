package se.fuel.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.document.PdfAValidation;
import se.fuel.decisions.OwnRounds.Person;
import se.fuel.testdata.TestData;

/** The decision document and outcome API: the whole way from a finalised version to the applicant's outcome. */
@FuelIntegrationTest
class DecisionApiIT {

	// The committee cannot decide in the future, nor before the attestations made today.
	static final String DECIDED_ON = LocalDate.now(SwedishFormat.ZONE).toString();

	static final String API = "/api/v1/decision-documents";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData data;

	@Autowired
	TestUsers users;

	static RequestPostProcessor as(String username) {
		return httpBasic(username, TestData.PASSWORD);
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	int statusOf(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	@Test
	void a_version_is_sent_attested_and_decided_through_the_api_and_the_applicant_reads_the_outcome() throws Exception {
		var rounds = new OwnRounds(context);
		var round = rounds.assessed(1_000_000);
		String officer = round.officer();
		String farsta = round.round().first().applicant();
		String sodermalm = round.round().second().applicant();
		Person director = rounds.attestant();
		Person head = rounds.attestant();
		DocumentView document = rounds.finalised(round);
		String doc = API + "/" + document.id();

		mvc.perform(get(API).param("year", String.valueOf(round.year())).with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(document.id().toString()))
			.andExpect(jsonPath("$[0].current").value(true));
		mvc.perform(get(doc).with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FINALISED"))
			.andExpect(jsonPath("$.content.grandTotal").value(500_000));
		for (String user : List.of(farsta, data.council(round.round().second().id()), data.reader())) {
			assertThat(statusOf(get(API).param("year", String.valueOf(round.year())).with(as(user))))
				.as(user).isEqualTo(403);
			assertThat(statusOf(get(doc).with(as(user)))).as(user).isIn(403, 404);
			assertThat(statusOf(get(doc + "/pdf").with(as(user)))).as(user).isIn(403, 404);
			assertThat(statusOf(json(post(doc + "/send").with(as(user)),
					"{\"attestantIds\":[\"%s\"]}".formatted(director.id())))).as(user).isIn(403, 404);
		}

		mvc.perform(json(post(doc + "/send").with(as(officer)), "{\"attestantIds\":[]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations").isArray());
		mvc.perform(json(post(doc + "/send").with(as(officer)),
				"{\"attestantIds\":[\"%s\",\"%s\"]}".formatted(director.id(), head.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SENT_FOR_ATTESTATION"))
			.andExpect(jsonPath("$.attestations.length()").value(2));
		assertThat(statusOf(post(doc + "/attest").with(as(farsta)))).isIn(403, 404);
		mvc.perform(post(doc + "/attest").with(as(director.username()))).andExpect(status().isOk());
		mvc.perform(post(doc + "/attest").with(as(head.username())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ATTESTED"));

		// Before recording, the officer sees whom each decision mail will reach; an applicant may not.
		mvc.perform(get(doc + "/notices").with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].registrationNumber", hasItem(notNullValue())))
			.andExpect(jsonPath("$[*].recipients[*].reason", hasItem("LEAD_ORGANISATION")));
		assertThat(statusOf(get(doc + "/notices").with(as(farsta)))).isEqualTo(403);

		mvc.perform(json(post(doc + "/decision").with(as(officer)),
				"{\"decidedOn\":\"%s\",\"paragraph\":\"§5\",\"asProposed\":true,\"amendment\":null}"
					.formatted(DECIDED_ON)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.decision.paragraph").value("§ 5"))
			.andExpect(jsonPath("$.decision.asProposed").value(true));

		byte[] pdf = mvc.perform(get(doc + "/pdf").with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					containsString("tjansteutlatande-" + round.year() + "-v1.pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		PdfAValidation.assertPdfA2b(pdf);
		mvc.perform(get(doc + "/html").with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/html")))
			.andExpect(content().string(containsString(round.firstTitle())))
			.andExpect(content().string(not(containsString("<html"))));

		mvc.perform(get("/api/v1/outcomes").with(as(farsta)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title").value(hasItem(round.firstTitle())))
			.andExpect(jsonPath("$[*].title").value(not(hasItem(round.secondTitle()))));
		mvc.perform(get("/api/v1/outcomes/" + round.firstApplication()).with(as(farsta)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("GRANTED"))
			.andExpect(jsonPath("$.amount").value(300_000))
			.andExpect(jsonPath("$.requestedAmount").value(300_000))
			.andExpect(jsonPath("$.paragraph").value("§ 5"));
		mvc.perform(get("/api/v1/outcomes/" + round.firstApplication()).with(as(sodermalm)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/outcomes/" + round.secondApplication()).with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amount").value(200_000));
	}

	@Test
	void an_outcome_is_not_found_before_the_decision() throws Exception {
		var round = new OwnRounds(context).assessed(1_000_000);
		String farsta = round.round().first().applicant();
		mvc.perform(get("/api/v1/outcomes/" + round.firstApplication()).with(as(farsta)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/decisions/outcomes/" + round.firstApplication() + "/panel")
			.with(users.as(farsta)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Nämndens beslut"))));
	}
}
