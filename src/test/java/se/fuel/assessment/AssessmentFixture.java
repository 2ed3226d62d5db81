package se.fuel.assessment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * What the assessment tests make for themselves on {@link TestData} and {@link FundCycle}: a call with three main
 * criteria and a priority area (so that a page can show a violation at the second criterion), applications of new
 * districts and council members. Assessment tests never decide a round, so the tests of a class share one call.
 */
final class AssessmentFixture {

	/** The call the tests of a class share; its criteria are {@link #CRITERIA}. */
	record Call(int year, UUID id) {
	}

	/** A council member of the test's own. */
	record Member(String id, String username, String displayName) {
	}

	static final int CRITERIA = 3;

	private static final Map<List<Object>, Call> SHARED = new ConcurrentHashMap<>();

	private final ApplicationContext context;

	private final MockMvc mvc;

	private final TestData data;

	private final FundCycle cycle;

	AssessmentFixture(MockMvc mvc, ApplicationContext context) {
		this.context = context;
		this.mvc = mvc;
		this.data = context.getBean(TestData.class);
		this.cycle = context.getBean(FundCycle.class);
	}

	/** The officer who made the call; any officer may assess its applications. */
	String officer() {
		return cycle.officer();
	}

	/** The LUM call of a year of its own that the tests of the class share, open since yesterday for 30 days. */
	Call callSharedBy(Class<?> testClass) throws Exception {
		var key = List.<Object>of(context, testClass);
		synchronized (SHARED) {
			Call call = SHARED.get(key);
			if (call == null) {
				call = newCall();
				SHARED.put(key, call);
			}
			return call;
		}
	}

	private Call newCall() throws Exception {
		int year = cycle.year();
		var now = context.getBean(Clock.class).instant();
		String json = """
				{"programme":"LUM","year":%d,"title":"Bedömningstest %d","budget":2000000,
				 "opensAt":"%s","closesAt":"%s","maxAmountPerApplication":400000,
				 "maxGrantsPerOrganisation":3,"capGroup":"Bedömningstest %d","longestPeriodMonths":12,
				 "mainCriteria":["Projektet prövar nya arbetssätt.","Projektet bygger på kunskap.",
				                 "Projektet kan spridas."],
				 "priorityAreas":["Tidigt stöd"],"requiredSections":[],"wordLimits":{},
				 "reportDueDate":"%d-02-28","repaymentNoticeDate":"%d-06-02","published":true}
				""".formatted(year, year, now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS), year, year + 1,
				year);
		return new Call(year, created(officer(), "/api/v1/calls", json));
	}

	String applicationJson(Call call, String title, String problem, long amount, List<UUID> partners) {
		return """
				{"callId":"%s","title":"%s","contactName":"Test","contactEmail":"test@stockholm.example",
				 "targetGroup":"Unga","problem":"%s","goals":"Mål","method":"Metod","implementationPlan":"Plan",
				 "genderAnalysis":"Analys","requestedAmount":%d,"budgetLines":[{"description":"Lön","amount":%d}],
				 "priorityAreas":[],"partnerOrganisationIds":[%s],"startDate":"%d-02-01","endDate":"%d-11-30"}"""
			.formatted(call.id(), title, problem, amount, amount,
					partners.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",")), call.year(),
					call.year());
	}

	/** An application of the applicant's organisation to the call, submitted. */
	String submitted(String applicant, Call call, String title, long amount) throws Exception {
		return submitted(applicant, call, title, "Problem", amount, List.of());
	}

	String submitted(String applicant, Call call, String title, String problem, long amount, List<UUID> partners)
			throws Exception {
		UUID id = created(applicant, "/api/v1/applications", applicationJson(call, title, problem, amount, partners));
		cycle.submit(applicant, id);
		return id.toString();
	}

	/** The applicant changes the returned application and sends it in again. */
	void resubmitted(String applicant, String application, Call call, String title, List<UUID> partners)
			throws Exception {
		mvc.perform(put("/api/v1/applications/" + application).with(httpBasic(applicant, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(applicationJson(call, title, "Problem", 300_000, partners)))
			.andExpect(status().isOk());
		cycle.submit(applicant, UUID.fromString(application));
	}

	/** A new council member of the organisation. */
	Member member(UUID organisationId) {
		String username = data.council(organisationId);
		CurrentUser user = data.as(username, context.getBean(Identity.class)::current);
		return new Member(user.userId().toString(), username, user.displayName());
	}

	private UUID created(String username, String path, String json) throws Exception {
		String body = mvc.perform(post(path).with(httpBasic(username, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}
}
