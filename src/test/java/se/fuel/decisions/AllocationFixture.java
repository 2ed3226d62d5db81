package se.fuel.decisions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A year of its own for the allocation tests, so that they never touch the demo rounds other tests finalise and
 * decide: one LUM call of {@value #YEAR} with a budget of 500 000 kronor and at most one grant per organisation, and
 * three applications granted in the assessment: Farsta 300 000 ("A") and 20 000 ("C"), Södermalm 300 000 ("B"). So
 * the year starts over budget by 100 000 kronor and Farsta over the cap by one. Created once per database through the
 * same endpoints a person uses. Signs in as demo accounts, so it is for the browser tests on the demo; the decision
 * module's own tests use {@link OwnRounds#allocationRound()} on {@code @FuelIntegrationTest}.
 */
public final class AllocationFixture {

	public static final int YEAR = 2012;

	public static final String CALL_TITLE = "Fördelningstest LUM " + YEAR;

	public static final String CAP_GROUP = "Fördelningstest " + YEAR;

	/** Sends a JSON request to the API as a demo user and answers the body, failing unless the status is expected. */
	public interface Api {

		String send(String method, String path, String user, String json, int expectedStatus) throws Exception;
	}

	/** The applications by their letter: A, B, C. */
	public record Lines(String callId, String a, String b, String c) {
	}

	private static final Map<Object, Lines> CREATED = new ConcurrentHashMap<>();

	private final Object database;

	private final Api api;

	private AllocationFixture(Object database, Api api) {
		this.database = database;
		this.api = api;
	}

	/** Through MockMvc, in the context of the MVC tests. */
	public static AllocationFixture of(MockMvc mvc) {
		return new AllocationFixture(mvc, (method, path, user, json, expected) -> {
			var builder = request(HttpMethod.valueOf(method), path).with(httpBasic(user, "demo"));
			if (json != null) {
				builder.contentType(MediaType.APPLICATION_JSON).content(json);
			}
			var response = mvc.perform(builder).andReturn().getResponse();
			if (response.getStatus() != expected) {
				throw new AssertionError(method + " " + path + " answered " + response.getStatus() + ": "
						+ response.getContentAsString());
			}
			return response.getContentAsString();
		});
	}

	/** Over HTTP, for browser tests whose application runs on a port with a database of its own. */
	public static AllocationFixture of(String baseUrl) {
		HttpClient client = HttpClient.newHttpClient();
		return new AllocationFixture(baseUrl, (method, path, user, json, expected) -> {
			var builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
				.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(json));
			if (json != null) {
				builder.header("Content-Type", "application/json");
			}
			var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
						+ response.body());
			}
			return response.body();
		});
	}

	public Lines lines() throws Exception {
		synchronized (AllocationFixture.class) {
			Lines lines = CREATED.get(database);
			if (lines == null) {
				lines = create();
				CREATED.put(database, lines);
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
		String callId = id(api.send("POST", "/api/v1/calls", "handlaggare", call, 201));
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
		String id = id(api.send("POST", "/api/v1/applications", user, json, 201));
		api.send("POST", "/api/v1/applications/" + id + "/submit", user, null, 200);
		api.send("PUT", "/api/v1/assessments/" + id, "handlaggare", """
				{"criteria":[{"met":true,"motivation":"Uppfyllt"}],"priorityAreas":[],"recommendation":"GRANT"}""",
				200);
		return id;
	}

	/** Changes C's assessment to a rejection, which brings Farsta back within the cap. */
	public void rejectC() throws Exception {
		String reasons = api.send("GET", "/api/v1/assessments/reason-categories", "handlaggare", null, 200);
		List<String> ids = JsonPath.read(reasons, "$[*].id");
		api.send("PUT", "/api/v1/assessments/" + lines().c(), "handlaggare", """
				{"criteria":[{"met":true,"motivation":"Uppfyllt"}],"priorityAreas":[],"recommendation":"REJECT",
				 "reasonCategoryId":"%s","motivation":"Ryms inte inom taket"}""".formatted(ids.get(0)), 200);
	}

	private static String id(String body) {
		return JsonPath.read(body, "$.id");
	}
}
