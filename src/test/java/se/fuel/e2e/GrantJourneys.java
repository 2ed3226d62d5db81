package se.fuel.e2e;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import se.fuel.applications.ApplicationContent;
import se.fuel.applications.Applications;
import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallAdministration;
import se.fuel.calls.TestCall;
import se.fuel.grants.GrantMoney;
import se.fuel.grants.GrantReporting;
import se.fuel.grants.GrantView;
import se.fuel.grants.OutcomeCount;
import se.fuel.grants.ReportInput;
import se.fuel.grants.ReportLine;
import se.fuel.organisations.Organisations;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The grants a browser test of the follow-up makes for itself before it drives the browser: an applicant of a new
 * district, its application decided by the committee in a year of its own, put under way, reported on. Built on
 * {@link FundCycle} and the grants facades, as the officer and the applicant would reach them, since the browser
 * tests' context has no MockMvc of its own.
 */
final class GrantJourneys {

	private final FundCycle cycle;

	private final TestData data;

	private final GrantMoney money;

	private final GrantReporting reporting;

	private final Organisations organisations;

	private final CallAdministration calls;

	private final Applications applications;

	GrantJourneys(ApplicationContext context) {
		this.cycle = context.getBean(FundCycle.class);
		this.data = context.getBean(TestData.class);
		this.money = context.getBean(GrantMoney.class);
		this.reporting = context.getBean(GrantReporting.class);
		this.organisations = context.getBean(Organisations.class);
		this.calls = context.getBean(CallAdministration.class);
		this.applications = context.getBean(Applications.class);
	}

	/** An applicant of a district of its own, and the district's name as the pages print it. */
	record Applicant(String username, UUID organisationId, String organisationName) {
	}

	Applicant applicant() {
		UUID district = data.district();
		return new Applicant(data.applicant(district), district, organisations.nameOf(district));
	}

	/** A district of its own, e.g. as a partner in another's project. */
	UUID district() {
		return data.district();
	}

	String nameOf(UUID organisationId) {
		return organisations.nameOf(organisationId);
	}

	/** The fund officer who made the call and assessed: every officer sees every grant. */
	String officer() {
		return cycle.officer();
	}

	/** The applicant's application to a call of a year of its own, granted in full by the committee today. */
	GrantView granted(Applicant lead, String title, long amount, String paragraph, UUID... partners)
			throws Exception {
		return granted(cycle.year(), lead, title, amount, paragraph, partners);
	}

	/** The same in a year the test took from {@link FundCycle#year()}. */
	GrantView granted(int year, Applicant lead, String title, long amount, String paragraph, UUID... partners)
			throws Exception {
		UUID call = cycle.call(year, Math.max(2_000_000, amount), 3);
		UUID application = cycle.draft(lead.username(), call, year, title, amount, List.of(partners));
		cycle.submit(lead.username(), application);
		cycle.recommendGrant(application);
		cycle.decide(year, paragraph);
		return cycle.grantOf(year, application);
	}

	/** The officer marks the grant under way without a payment, as for a grant paid outside Fuel. */
	void underWay(GrantView grant) {
		data.run(officer(), () -> money.markInProgress(grant.id()));
	}

	/** The whole grant paid out and the grant under way, as the officer records them on its page. */
	void paidAndUnderWay(GrantView grant) throws Exception {
		cycle.paidAndUnderWay(grant);
	}

	/**
	 * The applicant hands in a report of the whole grant spent on the outcomes given, and the officer approves it.
	 */
	void reportApproved(Applicant lead, GrantView grant, List<OutcomeCount> outcomes) {
		long women = outcomes.stream().mapToLong(o -> o.women() == null ? 0 : o.women()).sum();
		long men = outcomes.stream().mapToLong(o -> o.men() == null ? 0 : o.men()).sum();
		long other = outcomes.stream().mapToLong(o -> o.other() == null ? 0 : o.other()).sum();
		var report = new ReportInput("Vägledning", women, men, other,
				List.of(new ReportLine("Lön", grant.amount(), grant.amount())), outcomes, "Lärorikt", false, null,
				"Fortsätt");
		data.run(lead.username(), () -> {
			reporting.save(grant.id(), report, null);
			reporting.submit(grant.id());
		});
		data.run(officer(), () -> reporting.approve(grant.id(), "Väl genomfört", "Testets projektår har inte börjat.", null));
	}

	/**
	 * A study visit (MUL) of the year the applicant applied for and sent in, not yet decided: a second programme and
	 * organisation in the year's figures.
	 */
	void studyVisitSentIn(int year, Applicant applicant) {
		UUID call = TestCall.mul(year).create(data, officer(), calls).id();
		var content = new ApplicationContent("Studiebesök " + year, "Test", "test@stockholm.example", null,
				Map.of(ApplicationSection.purpose, "Lära av kollegor", ApplicationSection.genderAnalysis, "Analys"),
				List.of(), List.of(new ApplicationContent.Line("Resa", 20_000)), 20_000L, LocalDate.of(year, 3, 1),
				LocalDate.of(year, 3, 2), Set.of(), "Malmö", 2, "Socialsekreterare", true);
		data.run(applicant.username(), () -> applications.submit(applications.create(call, content).id()));
	}
}
