package se.fuel.decisions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A year's round that a test controls, created through the same API a person would use: a published, open LUM call
 * of a year no other test uses, applications of Farsta and Södermalm submitted and recommended for a grant. Services
 * that need a signed-in user are called {@link #as} a demo account.
 */
final class DecisionRound {

	// Years far ahead so that no demo call and no other module's test shares them; one per round in this test run,
	// 2061-2080: a test elsewhere that decides a round of one of these years makes this round's assessments refused.
	private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2061);

	final int year = NEXT_YEAR.getAndIncrement();

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	final String farstaTitle = "Beslutstest Farsta " + tag;

	final String sodermalmTitle = "Beslutstest Södermalm " + tag;

	String callId;

	String farstaApplication;

	String sodermalmApplication;

	private final MockMvc mvc;

	private final UserDetailsService users;

	DecisionRound(MockMvc mvc, UserDetailsService users) {
		this.mvc = mvc;
		this.users = users;
	}

	/** A LUM call with the budget and two granted applications of 300 000 and 200 000 kronor. */
	DecisionRound assessed(long budget) throws Exception {
		callId = created("handlaggare", "/api/v1/calls", """
				{"programme":"LUM","year":%d,"title":"Beslutstest %s","budget":%d,
				 "opensAt":"%s","closesAt":"%s","maxAmountPerApplication":750000,
				 "maxGrantsPerOrganisation":3,"capGroup":"Beslutstest %s","longestPeriodMonths":12,
				 "mainCriteria":["Nya arbetssätt"],"priorityAreas":["Tidigt stöd"],"requiredSections":["method"],
				 "wordLimits":{},"reportDueDate":"%d-02-28","repaymentNoticeDate":"%d-06-02","published":true,
				 "registrationPrefix":"FoU"}"""
			.formatted(year, tag, budget, Instant.now().minus(1, ChronoUnit.DAYS),
					Instant.now().plus(30, ChronoUnit.DAYS), tag, year + 1, year));
		farstaApplication = submitted("farsta", farstaTitle, 300_000);
		sodermalmApplication = submitted("sodermalm", sodermalmTitle, 200_000);
		grant(farstaApplication);
		grant(sodermalmApplication);
		return this;
	}

	private String submitted(String user, String title, long amount) throws Exception {
		String id = created(user, "/api/v1/applications", """
				{"callId":"%s","title":"%s","contactName":"Test","contactEmail":"test@stockholm.example",
				 "targetGroup":"Unga","problem":"Problem","goals":"Mål","method":"Metod","implementationPlan":"Plan",
				 "genderAnalysis":"Analys","requestedAmount":%d,"budgetLines":[{"description":"Lön","amount":%d}],
				 "priorityAreas":[],"startDate":"%d-02-01","endDate":"%d-11-30"}"""
			.formatted(callId, title, amount, amount, year, year));
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(httpBasic(user, "demo")))
			.andExpect(status().isOk());
		return id;
	}

	void grant(String applicationId) throws Exception {
		mvc.perform(put("/api/v1/assessments/" + applicationId).with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"criteria":[{"met":true,"motivation":"Nytt arbetssätt"}],"priorityAreas":[true],
					 "recommendation":"GRANT","motivation":"Uppfyller kriterierna"}"""))
			.andExpect(status().isOk());
	}

	private String created(String user, String path, String json) throws Exception {
		String body = mvc.perform(post(path).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** Runs a service call signed in as the account, as the pages and API would. */
	<T> T as(String username, Supplier<T> call) {
		UserDetails user = users.loadUserByUsername(username);
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	static List<String> ids(String json, String path) {
		return JsonPath.read(json, path);
	}
}
