package se.fuel.grants;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.fuel.applications.ApplicationContent;
import se.fuel.applications.internal.StoredApplications;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.CommitteeDecided;
import se.fuel.decisions.DecisionOutcome;

/**
 * Grants and applicants of organisations no other test applies for, so that a report this fixture leaves overdue
 * shuts out nobody else's submissions: the database is shared by every test of the run, in any order.
 */
class FollowUpFixture {

	static final String PASSWORD = "follow-up-demo-1";

	private final MockMvc mvc;

	private final Calls calls;

	private final StoredApplications applications;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	FollowUpFixture(MockMvc mvc, Calls calls, StoredApplications applications, JdbcClient jdbc,
			TransactionTemplate transaction, ApplicationEventPublisher events) {
		this.mvc = mvc;
		this.calls = calls;
		this.applications = applications;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.events = events;
	}

	UUID organisation(String code) {
		return jdbc.sql("select id from organisation where code = ?").param(code).query(UUID.class).single();
	}

	/** A new applicant of the organisation, created by the administrator; returns the username. */
	String applicant(String organisationCode) throws Exception {
		String username = "uppf" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","displayName":"Uppföljning %s","email":"%s@test.fuel.example",
					 "role":"APPLICANT","organisationId":"%s","password":"%s"}"""
				.formatted(username, username, username, organisation(organisationCode), PASSWORD)))
			.andExpect(status().isCreated());
		return username;
	}

	CallView call(String programme, int year) {
		return calls.all().stream().filter(c -> c.programmeCode().equals(programme) && c.year() == year)
			.findFirst().orElseThrow();
	}

	/** A grant of the call's year to the organisation, from a committee decision published here. */
	UUID grant(String organisationCode, CallView call, String title, long amount) {
		UUID organisation = organisation(organisationCode);
		String number = "UPPF " + UUID.randomUUID().toString().substring(0, 12);
		transaction.executeWithoutResult(tx -> {
			UUID a = applications.submitted(call.id(), organisation, new ApplicationContent(title, "Test", "test@example.se",
					null, null, null, List.of(new ApplicationContent.Line("Lön", amount)), amount,
					LocalDate.of(call.year(), 1, 1), LocalDate.of(call.year(), 12, 31), Set.of(), null, null, null,
					false), number);
			LocalDate decided = LocalDate.of(call.year() - 1, 12, 10);
			events.publishEvent(new CommitteeDecided(call.year(), UUID.randomUUID(), decided, "§ 3",
					List.of(new ApplicationOutcome(a, call.id(), number, title, call.programmeCode(),
							call.year(), organisation, DecisionOutcome.GRANTED, amount, amount, "", decided, "§ 3"))));
		});
		return jdbc.sql("select id from fund_grant where title = ?").param(title).query(UUID.class).single();
	}

	/**
	 * Makes the grant's report due on the day, straight in the database: the officer's form refuses a day before the
	 * grant's period, and a grant of an earlier year would need an application to that year's closed call, which
	 * other tests count.
	 */
	void reportDueOn(UUID grantId, LocalDate due) {
		jdbc.sql("update fund_grant set report_due_date = ? where id = ?").params(due, grantId).update();
	}

	String registrationNumber(UUID grantId) {
		return jdbc.sql("select registration_number from fund_grant where id = ?").param(grantId)
			.query(String.class).single();
	}

	/** A new application of the applicant to the open LUM call of 2027, created as a draft through the API. */
	String draft(String username, String title) throws Exception {
		String body = """
				{"callId":"%s","title":"%s","contactName":"Test","contactEmail":"test@stockholm.example",
				 "targetGroup":"Unga","problem":"Problem","goals":"Mål","method":"Metod","implementationPlan":"Plan",
				 "genderAnalysis":"Analys","requestedAmount":100000,"budgetLines":[{"description":"Lön","amount":100000}],
				 "priorityAreas":[],"partnerOrganisationIds":[],"startDate":"2027-02-01","endDate":"2027-11-30"}"""
			.formatted(call("LUM", 2027).id(), title);
		String created = mvc.perform(post("/api/v1/applications").with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(created, "$.id");
	}

	static final String REPORT = """
			{"whatWasDone":"Vägledning","participantsWomen":2,"participantsMen":3,"participantsOther":0,
			 "lines":[{"description":"Lön","granted":100000,"actual":100000}],"outcomes":[],
			 "experiences":"Lärorikt","implementationPlan":false,"proposals":"Fortsätt"}""";

	/** The applicant writes and hands in the grant's report through the API. */
	void reportHandedIn(String username, UUID grantId) throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/grants/" + grantId + "/report").with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(REPORT))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/grants/" + grantId + "/report/submit").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk());
	}
}
