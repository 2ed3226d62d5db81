package se.fuel.decisions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A year of its own for the allocation tests, so that they never touch the demo rounds other tests finalise and
 * decide: one LUM call of {@value #YEAR} with a budget of 500 000 kronor and at most one grant per organisation, and
 * three applications granted in the assessment: Farsta 300 000 ("A") and 20 000 ("C"), Södermalm 300 000 ("B"). So
 * the year starts over budget by 100 000 kronor and Farsta over the cap by one. Created once per database through the
 * same endpoints a person uses.
 */
public final class AllocationFixture {

	public static final int YEAR = 2012;

	public static final String CALL_TITLE = "Fördelningstest LUM " + YEAR;

	public static final String CAP_GROUP = "Fördelningstest " + YEAR;

	private final MockMvc mvc;

	public AllocationFixture(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** The applications by their letter: A, B, C. */
	public record Lines(String callId, String a, String b, String c) {
	}

	private static final Map<MockMvc, Lines> CREATED = new java.util.concurrent.ConcurrentHashMap<>();

	public Lines lines() throws Exception {
		synchronized (AllocationFixture.class) {
			Lines lines = CREATED.get(mvc);
			if (lines == null) {
				lines = create();
				CREATED.put(mvc, lines);
			}
			return lines;
		}
	}

	private Lines create() throws Exception {
		Instant opens = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
		Instant closes = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
		String call = """
				{"programme":"LUM","year":%d,"title":"%s","budget":500000,
				 "opensAt":"%s","closesAt":"%s","maxAmountPerApplication":400000,
				 "maxGrantsPerOrganisation":1,"capGroup":"%s","longestPeriodMonths":12,
				 "mainCriteria":["Nya arbetssätt"],"priorityAreas":[],"requiredSections":[],"wordLimits":{},
				 "reportDueDate":"2099-02-28","repaymentNoticeDate":"2099-06-02","published":true}
				""".formatted(YEAR, CALL_TITLE, opens, closes, CAP_GROUP);
		String callId = created("handlaggare", "/api/v1/calls", call);
		String a = grantedApplication("farsta", callId, "Fördelningstest A", 300_000);
		String b = grantedApplication("sodermalm", callId, "Fördelningstest B", 300_000);
		String c = grantedApplication("farsta", callId, "Fördelningstest C", 20_000);
		return new Lines(callId, a, b, c);
	}

	private String grantedApplication(String user, String callId, String title, long amount) throws Exception {
		String json = """
				{"callId":"%s","title":"%s","contactName":"Test","contactEmail":"test@stockholm.example",
				 "targetGroup":"Unga","problem":"Problem","goals":"Mål","method":"Metod","implementationPlan":"Plan",
				 "genderAnalysis":"Analys","requestedAmount":%d,"budgetLines":[{"description":"Lön","amount":%d}],
				 "priorityAreas":[],"startDate":"%d-02-01","endDate":"%d-11-30"}"""
			.formatted(callId, title, amount, amount, YEAR, YEAR);
		String id = created(user, "/api/v1/applications", json);
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(httpBasic(user, "demo")))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/assessments/" + id).with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"criteria":[{"met":true,"motivation":"Uppfyllt"}],"priorityAreas":[],"recommendation":"GRANT"}"""))
			.andExpect(status().isOk());
		return id;
	}

	/** Changes C's assessment to a rejection, which brings Farsta back within the cap. */
	public void rejectC() throws Exception {
		String reasons = mvc.perform(get("/api/v1/assessments/reason-categories").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> ids = JsonPath.read(reasons, "$[*].id");
		mvc.perform(put("/api/v1/assessments/" + lines().c()).with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"criteria":[{"met":true,"motivation":"Uppfyllt"}],"priorityAreas":[],"recommendation":"REJECT",
					 "reasonCategoryId":"%s","motivation":"Ryms inte inom taket"}""".formatted(ids.get(0))))
			.andExpect(status().isOk());
	}

	private String created(String user, String path, String json) throws Exception {
		String body = mvc.perform(post(path).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}
}
