package se.fuel.decisions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sets up a year's round that one test owns, through the same API a person would use: a published LUM call open now
 * for a year no other test uses, submitted applications and the officer's assessments. Also runs facade calls as a
 * signed-in user. Signs in as the demo accounts ("handlaggare", password "demo"), so it works only with the demo data;
 * tests without it use {@link se.fuel.testdata.FundCycle} (and {@link OwnRounds} in this module).
 */
public class RoundFixture {

	private final MockMvc mvc;

	private final UserDetailsService users;

	public RoundFixture(MockMvc mvc, UserDetailsService users) {
		this.mvc = mvc;
		this.users = users;
	}

	/** A published LUM call of the year, open now, with one main criterion and no priority areas. */
	public UUID lumCall(int year, long budget, int maxGrantsPerOrganisation) throws Exception {
		Instant now = Instant.now();
		String json = """
				{"programme":"LUM","year":%d,"title":"Lokala utvecklingsmedel %d (test)","budget":%d,
				 "opensAt":"%s","closesAt":"%s","maxAmountPerApplication":400000,
				 "maxGrantsPerOrganisation":%d,"capGroup":"LUM och MUL %d (test)","longestPeriodMonths":12,
				 "mainCriteria":["Projektet prövar nya arbetssätt."],
				 "priorityAreas":[],"requiredSections":[],"wordLimits":{},
				 "reportDueDate":"%d-02-28","repaymentNoticeDate":"%d-06-02","published":true}
				""".formatted(year, year, budget, now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS),
				maxGrantsPerOrganisation, year, year + 1, year);
		return UUID.fromString(created("handlaggare", "/api/v1/calls", json));
	}

	/** A submitted LUM application of the applicant's organisation, for the year of the call. */
	public UUID submitted(String applicant, UUID callId, int year, String title, long amount) throws Exception {
		String json = """
				{"callId":"%s","title":"%s","contactName":"Test","contactEmail":"test@stockholm.example",
				 "targetGroup":"Unga","problem":"Problem","goals":"Mål","method":"Metod","implementationPlan":"Plan",
				 "genderAnalysis":"Analys","requestedAmount":%d,"budgetLines":[{"description":"Lön","amount":%d}],
				 "priorityAreas":[],"partnerOrganisationIds":[],"startDate":"%d-02-01","endDate":"%d-11-30"}"""
			.formatted(callId, title, amount, amount, year, year);
		String id = created(applicant, "/api/v1/applications", json);
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(httpBasic(applicant, "demo")))
			.andExpect(status().isOk());
		return UUID.fromString(id);
	}

	public void grant(UUID applicationId) throws Exception {
		assess(applicationId, """
				{"criteria":[{"met":true,"motivation":"Nytt arbetssätt"}],"priorityAreas":[],"recommendation":"GRANT"}""");
	}

	/** Rejects with the first of the 2024 reason categories (not a new way of working). */
	public void reject(UUID applicationId) throws Exception {
		assess(applicationId, """
				{"criteria":[{"met":false,"motivation":"Redan prövat"}],"priorityAreas":[],"recommendation":"REJECT",
				 "reasonCategoryId":"7a1c0e2e-5b1f-4c8e-9d10-000000000001","motivation":"Metoden finns redan."}""");
	}

	private void assess(UUID applicationId, String json) throws Exception {
		mvc.perform(put("/api/v1/assessments/" + applicationId).with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isOk());
	}

	/** Runs a facade call as the signed-in user, as a page or the API would. */
	public <T> T as(String username, Supplier<T> action) {
		UserDetails details = users.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public void run(String username, Runnable action) {
		as(username, () -> {
			action.run();
			return null;
		});
	}

	private String created(String user, String path, String json) throws Exception {
		String body = mvc.perform(post(path).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}
}
