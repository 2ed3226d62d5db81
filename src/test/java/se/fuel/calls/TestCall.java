package se.fuel.calls;

import static se.fuel.calls.ApplicationSection.genderAnalysis;
import static se.fuel.calls.ApplicationSection.goals;
import static se.fuel.calls.ApplicationSection.implementationPlan;
import static se.fuel.calls.ApplicationSection.method;
import static se.fuel.calls.ApplicationSection.problem;
import static se.fuel.calls.ApplicationSection.purpose;
import static se.fuel.calls.ApplicationSection.researchLink;
import static se.fuel.calls.ApplicationSection.targetGroup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.fuel.common.SwedishFormat;
import se.fuel.testdata.TestData;

/**
 * A call of a test's own with the rules a real one has (required sections, word limits, priority areas, the 750 000
 * kronor cap of a project), where {@code FundCycle.call} makes the plainest call that lets a round through. A test
 * changes only what it is about and creates the call through the officer's facade.
 */
public final class TestCall {

	public static final List<String> CRITERIA = List.of("Projektet prövar ett nytt arbetssätt för målgruppen.",
			"Projektet bidrar till utveckling för hela stadens socialtjänst.");

	public static final List<String> PRIORITY_AREAS = List.of("Förebyggande insatser eller tidigt stöd.",
			"Samordnat stöd för klienten.");

	public static final Map<ApplicationSection, Integer> WORD_LIMITS = Map.of(targetGroup, 300, problem, 300, goals,
			200, method, 400, researchLink, 300, genderAnalysis, 200, implementationPlan, 300, purpose, 300);

	private final String programme;

	private final int year;

	private String title;

	private final long budget;

	private Instant opensAt = Instant.now().minus(1, ChronoUnit.DAYS);

	private Instant closesAt = Instant.now().plus(30, ChronoUnit.DAYS);

	private final long maxAmount;

	private final List<String> criteria;

	private final List<String> priorityAreas;

	private final Set<ApplicationSection> requiredSections;

	private boolean published = true;

	private TestCall(String programme, int year, String title, long budget, long maxAmount, List<String> criteria,
			List<String> priorityAreas, Set<ApplicationSection> requiredSections) {
		this.programme = programme;
		this.year = year;
		this.title = title;
		this.budget = budget;
		this.maxAmount = maxAmount;
		this.criteria = criteria;
		this.priorityAreas = priorityAreas;
		this.requiredSections = requiredSections;
	}

	/** A project call of the year, open since yesterday for 30 days. */
	public static TestCall lum(int year) {
		return new TestCall("LUM", year, "Lokala utvecklingsmedel " + year, 3_000_000, 750_000, CRITERIA,
				PRIORITY_AREAS, EnumSet.of(targetGroup, problem, goals, method, genderAnalysis, implementationPlan));
	}

	/** A study-visit call of the year, open since yesterday for 30 days. */
	public static TestCall mul(int year) {
		return new TestCall("MUL", year, "Medel för utveckling och lärande " + year, 200_000, 25_000,
				List.of("Lärande genom erfarenhetsutbyte med kollegor.", "Inte kurser eller konferenser."), List.of(),
				EnumSet.of(purpose, genderAnalysis));
	}

	public TestCall title(String title) {
		this.title = title;
		return this;
	}

	public TestCall open(Instant opensAt, Instant closesAt) {
		this.opensAt = opensAt;
		this.closesAt = closesAt;
		return this;
	}

	/** Opened and closed a year ago, as the calls of earlier years are. */
	public TestCall closed() {
		return open(Instant.now().minus(400, ChronoUnit.DAYS), Instant.now().minus(365, ChronoUnit.DAYS));
	}

	public TestCall draft() {
		this.published = false;
		return this;
	}

	/** The follow-up dates fall after the closing day, as the call rules demand of every call. */
	public CallInput input() {
		LocalDate closingDay = LocalDate.ofInstant(closesAt, SwedishFormat.ZONE);
		LocalDate repayment = later(LocalDate.of(year, 6, 2), closingDay.plusDays(60));
		LocalDate reportDue = later(LocalDate.of(year + 1, 2, 28), closingDay.plusDays(300));
		return new CallInput(programme, year, title, null, budget, opensAt, closesAt, maxAmount, 3, "LUM+MUL " + year,
				12, criteria, priorityAreas, requiredSections, WORD_LIMITS, reportDue, repayment, published, "FoU");
	}

	/** Creates the call as the officer, as the officer's form would. */
	public CallView create(TestData data, String officer, CallAdministration calls) {
		CallInput input = input();
		return data.as(officer, () -> calls.create(input));
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}
}
