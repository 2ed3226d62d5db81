package se.fuel.grants;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The grants a test of this package makes for itself, on top of {@link FundCycle}: rounds of a year of its own with
 * several applicants, reports handed in, a report made overdue, a grant decided before Fuel. Every organisation is new,
 * so a report left overdue here shuts out nobody else's submissions.
 */
final class GrantFixtures {

	/** A report that may be handed in as it is. */
	static final String REPORT = """
			{"whatWasDone":"Vägledning","participantsWomen":2,"participantsMen":3,"participantsOther":0,
			 "lines":[{"description":"Lön","granted":100000,"actual":100000}],"outcomes":[],
			 "experiences":"Lärorikt","implementationPlan":false,"proposals":"Fortsätt"}""";

	private final FundCycle cycle;

	private final TestData data;

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final GrantMoney money;

	GrantFixtures(ApplicationContext context) {
		this.cycle = context.getBean(FundCycle.class);
		this.data = context.getBean(TestData.class);
		this.mvc = context.getBean(MockMvc.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.money = context.getBean(GrantMoney.class);
	}

	/** An applicant of a district of its own. */
	record Applicant(String username, UUID organisationId) {
	}

	/** What an applicant applies for in a round; the committee grants all of it. */
	record Proposal(Applicant applicant, String title, long amount, List<UUID> partners) {

		Proposal(Applicant applicant, String title, long amount) {
			this(applicant, title, amount, List.of());
		}
	}

	/** A decided round: its year, call and decision document, and the grants in the order of the proposals. */
	record Round(int year, UUID callId, UUID decisionId, List<GrantView> grants) {

		GrantView grant(int index) {
			return grants.get(index);
		}
	}

	Applicant applicant() {
		UUID district = data.district();
		return new Applicant(data.applicant(district), district);
	}

	String officer() {
		return cycle.officer();
	}

	/** The proposals to a call of a year of their own, recommended for grants and decided by the committee. */
	Round decided(String paragraph, Proposal... proposals) throws Exception {
		return decided(cycle.year(), paragraph, proposals);
	}

	/** The same in a year the test took from {@link FundCycle#year()}. */
	Round decided(int year, String paragraph, Proposal... proposals) throws Exception {
		Map<UUID, Long> perOrganisation = List.of(proposals).stream()
			.collect(Collectors.groupingBy(p -> p.applicant().organisationId(), Collectors.counting()));
		int cap = (int) Math.max(3, perOrganisation.values().stream().mapToLong(Long::longValue).max().orElse(0));
		long budget = Math.max(2_000_000, List.of(proposals).stream().mapToLong(Proposal::amount).sum());
		UUID call = cycle.call(year, budget, cap);
		List<UUID> applications = new ArrayList<>();
		for (Proposal p : proposals) {
			UUID application = cycle.draft(p.applicant().username(), call, year, p.title(), p.amount(), p.partners());
			cycle.submit(p.applicant().username(), application);
			cycle.recommendGrant(application);
			applications.add(application);
		}
		UUID decision = cycle.decide(year, paragraph);
		return new Round(year, call, decision, applications.stream().map(a -> cycle.grantOf(year, a)).toList());
	}

	/** The officer marks each grant under way without a payment, as for a grant paid outside Fuel. */
	void underWay(List<GrantView> grants) {
		grants.forEach(g -> data.run(officer(), () -> money.markInProgress(g.id())));
	}

	/**
	 * Makes the grant's report due on the day, straight in the database: a test's grant lies in a year to come, and
	 * the officer's form refuses a due date before the grant's period, so no person can make its report overdue today.
	 */
	void reportDueOn(UUID grantId, LocalDate due) {
		jdbc.sql("update fund_grant set report_due_date = ? where id = ?").params(due, grantId).update();
	}

	/** The applicant writes and hands in the grant's report through the API. */
	void reportHandedIn(String applicant, UUID grantId) throws Exception {
		mvc.perform(put("/api/v1/grants/" + grantId + "/report").with(httpBasic(applicant, TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(REPORT))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/grants/" + grantId + "/report/submit").with(httpBasic(applicant, TestData.PASSWORD)))
			.andExpect(status().isOk());
	}

	/** The organisation's code and name, as the payment instructions print them. */
	Map<String, String> organisation(UUID organisationId) {
		return jdbc.sql("select code, name from organisation where id = ?").param(organisationId)
			.query((rs, n) -> Map.of("code", rs.getString(1), "name", rs.getString(2)))
			.single();
	}

	/** The address Fuel mails the account at. */
	String email(String username) {
		return jdbc.sql("select email from user_account where username = ?").param(username).query(String.class)
			.single();
	}

	/** The mails of the kind the outbox holds about the grant, in the order they were written. */
	<T> List<T> outbox(UUID grantId, String kind, Function<Map<String, Object>, T> read) {
		return jdbc.sql("""
				select recipient_address, subject, body, status from mail_outbox
				where related_id = ? and kind = ? order by created_at""")
			.params(grantId, kind)
			.query()
			.listOfRows()
			.stream()
			.map(read)
			.toList();
	}

	/** The application form of the year as a page posts it, filled in and submitted. */
	static MockHttpServletRequestBuilder applicationPage(MockHttpServletRequestBuilder request, int year,
			String title) {
		return request.param("title", title)
			.param("contactName", "Test")
			.param("contactEmail", "test@stockholm.example")
			.param("targetGroup", "Unga vuxna")
			.param("problem", "Problem")
			.param("goals", "Mål")
			.param("method", "Metod")
			.param("implementationPlan", "Plan")
			.param("genderAnalysis", "Analys")
			.param("budgetLines[0].description", "Lön")
			.param("budgetLines[0].amount", "100000")
			.param("requestedAmount", "100000")
			.param("startDate", year + "-02-01")
			.param("endDate", year + "-11-30")
			.param("action", "submit")
			.with(csrf());
	}
}
