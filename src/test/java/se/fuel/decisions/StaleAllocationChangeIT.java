package se.fuel.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.ParallelRequests;
import se.fuel.TestUsers;
import se.fuel.decisions.OwnRounds.Assessed;
import se.fuel.testdata.TestData;

/**
 * An officer and an administrator on one year's allocation of a round of the test's own: an amount or a text changed
 * on an older copy is refused (API, the workbench's htmx answer and the texts page), and racing amount changes never
 * answer 500.
 */
@FuelIntegrationTest
class StaleAllocationChangeIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData data;

	@Autowired
	TestUsers users;

	long lineVersion(Assessed round, UUID applicationId) throws Exception {
		String body = mvc.perform(get("/api/v1/allocations/" + round.year())
			.with(httpBasic(round.officer(), TestData.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.<List<Number>>read(body, "$.lines[?(@.applicationId == '" + applicationId + "')].version")
			.get(0).longValue();
	}

	long lineAmount(Assessed round, UUID applicationId) throws Exception {
		String body = mvc.perform(get("/api/v1/allocations/" + round.year())
			.with(httpBasic(round.officer(), TestData.PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.<List<Number>>read(body, "$.lines[?(@.applicationId == '" + applicationId + "')].amount")
			.get(0).longValue();
	}

	@Test
	void refuses_an_amount_changed_on_an_older_copy_in_the_api_and_in_the_workbench() throws Exception {
		Assessed round = new OwnRounds(context).assessed(1_000_000);
		String officer = round.officer();
		String admin = data.admin();
		String line = "/api/v1/allocations/" + round.year() + "/lines/" + round.firstApplication();
		long opened = lineVersion(round, round.firstApplication());
		assertThat(opened).isZero();
		mvc.perform(put(line).with(httpBasic(officer, TestData.PASSWORD)).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\":250000}"))
			.andExpect(status().isOk());
		long current = lineVersion(round, round.firstApplication());
		assertThat(current).isPositive();

		mvc.perform(put(line).with(httpBasic(admin, TestData.PASSWORD)).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\":150000}"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.changedBy").value(officer))
			.andExpect(jsonPath("$.currentVersion").value(current));
		mvc.perform(put(line).with(httpBasic(admin, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\":150000,\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.violations[0].rule").value("changed-since-opened"));
		mvc.perform(post("/allocation/" + round.year() + "/lines/" + round.firstApplication()).with(csrf())
			.with(users.as(admin)).header("HX-Request", "true").param("amount", "120000").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("medan du hade sidan öppen")))
			.andExpect(content().string(containsString("120000")));
		assertThat(lineAmount(round, round.firstApplication())).isEqualTo(250_000);
	}

	@Test
	void twenty_parallel_amount_changes_of_one_version_let_exactly_one_through_and_none_answer_500()
			throws Exception {
		Assessed round = new OwnRounds(context).assessed(1_000_000);
		String officer = round.officer();
		String line = "/api/v1/allocations/" + round.year() + "/lines/" + round.secondApplication();
		List<Integer> statuses = ParallelRequests.statuses(mvc, 20, i -> put(line).with(httpBasic(officer, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\":%d,\"version\":0}".formatted(100_000 + i)));
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
		assertThat(lineAmount(round, round.secondApplication())).isBetween(100_000L, 100_019L);
	}

	@Test
	void refuses_document_texts_changed_on_an_older_copy_in_the_api_and_on_the_page() throws Exception {
		Assessed round = new OwnRounds(context).assessed(1_000_000);
		String officer = round.officer();
		String admin = data.admin();
		String texts = "/api/v1/allocations/" + round.year() + "/texts";
		var read = mvc.perform(get(texts).with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse();
		String etag = read.getHeader("ETag");
		String body = read.getContentAsString();
		assertThat(etag).isEqualTo("\"" + JsonPath.<Number>read(body, "$.version") + "\"");

		mvc.perform(put(texts).with(httpBasic(officer, TestData.PASSWORD)).header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonPath.parse(body).set("$.title", "Handläggarens rubrik").jsonString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Handläggarens rubrik"));
		mvc.perform(put(texts).with(httpBasic(admin, TestData.PASSWORD)).header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonPath.parse(body).set("$.title", "Administratörens rubrik").jsonString()))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.changedBy").value(officer));

		mvc.perform(post("/allocation/" + round.year() + "/texts").with(csrf()).with(users.as(admin))
			.param("version", etag.replace("\"", "")).param("title", "Min rubrik från en äldre flik")
			.param("recipient", JsonPath.<String>read(body, "$.recipient"))
			.param("documentDate", JsonPath.<String>read(body, "$.documentDate"))
			.param("officerId", JsonPath.<String>read(body, "$.officerId")))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Min rubrik från en äldre flik")))
			.andExpect(content().string(containsString("medan du hade sidan öppen")));
		mvc.perform(get(texts).with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(jsonPath("$.title").value("Handläggarens rubrik"));
	}
}
