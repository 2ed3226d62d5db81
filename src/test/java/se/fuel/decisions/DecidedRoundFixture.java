package se.fuel.decisions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.fuel.common.SwedishFormat;
import se.fuel.grants.GrantView;
import se.fuel.grants.Grants;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/**
 * A round of a year that one test owns, decided by the committee today, so that the test has grants of its own: the
 * applications are submitted and assessed through the API ({@link RoundFixture}), the officer finalises the
 * allocation, both attestants attest and the committee decides as proposed. Works in any test context, also the
 * browser tests' (it builds its own MockMvc on the application), as long as it has the demo accounts; tests without
 * demo data use {@link se.fuel.testdata.FundCycle#decide} instead.
 */
public final class DecidedRoundFixture {

	private final ApplicationContext context;

	private final MockMvc mvc;

	private final RoundFixture round;

	public DecidedRoundFixture(WebApplicationContext context) {
		this.context = context;
		this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		this.round = new RoundFixture(mvc, context.getBean(UserDetailsService.class));
	}

	public RoundFixture round() {
		return round;
	}

	public MockMvc mvc() {
		return mvc;
	}

	/** A submitted LUM application with partner organisations, for the call's year. */
	public UUID submittedWithPartners(String applicant, UUID callId, int year, String title, long amount,
			List<UUID> partners) throws Exception {
		String json = """
				{"callId":"%s","title":"%s","contactName":"Test","contactEmail":"test@stockholm.example",
				 "targetGroup":"Unga vuxna","problem":"Problem","goals":"Fler i egen försörjning","method":"Metod",
				 "implementationPlan":"Plan","genderAnalysis":"Analys","requestedAmount":%d,
				 "budgetLines":[{"description":"Lön","amount":%d}],"priorityAreas":[],
				 "partnerOrganisationIds":[%s],"startDate":"%d-02-01","endDate":"%d-11-30"}"""
			.formatted(callId, title, amount, amount,
					partners.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",")), year, year);
		String body = mvc.perform(post("/api/v1/applications").with(httpBasic(applicant, "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(httpBasic(applicant, "demo")))
			.andExpect(status().isOk());
		return UUID.fromString(id);
	}

	/**
	 * Finalises the year's allocation of the assessed applications, has both attestants attest and records the
	 * committee's decision of today under the paragraph; answers the decision document's id.
	 */
	public UUID decide(int year, String paragraph) {
		var allocations = context.getBean(Allocations.class);
		var documents = context.getBean(DecisionDocuments.class);
		var identity = context.getBean(Identity.class);
		DocumentView document = round.as("handlaggare", () -> allocations.finalise(year));
		List<UUID> attestants = round.as("handlaggare", () -> identity.usersWithRole(Role.ATTESTANT))
			.stream()
			.filter(u -> List.of("socialdirektor", "avdelningschef").contains(u.username()))
			.map(Identity.UserSummary::id)
			.toList();
		round.as("handlaggare", () -> documents.sendForAttestation(document.id(), attestants));
		round.as("socialdirektor", () -> documents.attest(document.id()));
		round.as("avdelningschef", () -> documents.attest(document.id()));
		LocalDate today = LocalDate.now(SwedishFormat.ZONE);
		round.as("handlaggare",
				() -> documents.recordDecision(document.id(), new DecisionInput(today, paragraph, true, null)));
		return document.id();
	}

	/** The grant the committee made for the application. */
	public GrantView grantOf(int year, UUID applicationId) {
		var grants = context.getBean(Grants.class);
		return round.as("handlaggare", () -> grants.ofYear(year))
			.stream()
			.filter(g -> applicationId.equals(g.applicationId()))
			.findFirst()
			.orElseThrow();
	}

	/** Records the payment of the whole grant and marks it under way, as the officer does on the grant's page. */
	public void paidAndUnderWay(GrantView grant) throws Exception {
		mvc.perform(post("/api/v1/grants/" + grant.id() + "/payments").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"paidOn\":\"" + LocalDate.now(SwedishFormat.ZONE) + "\",\"amount\":" + grant.amount() + "}"))
			.andExpect(status().isOk());
		var officer = context.getBean(UserDetailsService.class).loadUserByUsername("handlaggare");
		mvc.perform(post("/grants/" + grant.id() + "/status").param("action", "in-progress")
			.with(user(officer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}
}
