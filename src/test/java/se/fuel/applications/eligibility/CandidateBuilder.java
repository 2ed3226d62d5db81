package se.fuel.applications.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.fuel.applications.eligibility.SubmissionCandidate.BudgetLine;
import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallView;
import se.fuel.applications.OutstandingReport;

/**
 * Submissions for policy tests: by default one that meets every rule of its call, submitted on 1 March 2024, so
 * that each test changes only what it is about.
 */
final class CandidateBuilder {

	private final CallView call;

	private Instant now = CallBuilder.stockholm(2024, 3, 1, 10, 0);

	private long requestedAmount = 500_000;

	private List<BudgetLine> budgetLines = new ArrayList<>(List.of(new BudgetLine("Projektledare 50 %", 400_000),
			new BudgetLine("Utbildningsmaterial", 100_000)));

	private final Map<ApplicationSection, String> texts = new EnumMap<>(ApplicationSection.class);

	private LocalDate startDate = LocalDate.of(2024, 5, 1);

	private LocalDate endDate = LocalDate.of(2024, 12, 31);

	private boolean declaredNotCourseOrConference;

	private final List<OutstandingReport> outstandingReports = new ArrayList<>();

	private int otherSubmissionsInCapGroup;

	private CandidateBuilder(CallView call) {
		this.call = call;
		for (ApplicationSection section : ApplicationSection.values()) {
			texts.put(section, "Text om " + section.name() + ".");
		}
	}

	static CandidateBuilder to(CallView call) {
		return new CandidateBuilder(call);
	}

	/** A valid study visit of 20 000 kronor with the declaration made. */
	static CandidateBuilder studyVisitTo(CallView call) {
		return new CandidateBuilder(call).amount(20_000, new BudgetLine("Resa och logi, Göteborg", 20_000))
			.declaredNotCourseOrConference(true)
			.period(LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 12));
	}

	CandidateBuilder at(Instant now) {
		this.now = now;
		return this;
	}

	/** The requested amount with budget lines that add up to it. */
	CandidateBuilder amount(long requestedAmount) {
		return amount(requestedAmount, new BudgetLine("Projektledning", requestedAmount));
	}

	CandidateBuilder amount(long requestedAmount, BudgetLine... lines) {
		this.requestedAmount = requestedAmount;
		this.budgetLines = new ArrayList<>(List.of(lines));
		return this;
	}

	CandidateBuilder text(ApplicationSection section, String text) {
		this.texts.put(section, text);
		return this;
	}

	CandidateBuilder without(ApplicationSection section) {
		this.texts.remove(section);
		return this;
	}

	CandidateBuilder period(LocalDate startDate, LocalDate endDate) {
		this.startDate = startDate;
		this.endDate = endDate;
		return this;
	}

	CandidateBuilder declaredNotCourseOrConference(boolean declared) {
		this.declaredNotCourseOrConference = declared;
		return this;
	}

	CandidateBuilder outstandingReport(OutstandingReport report) {
		this.outstandingReports.add(report);
		return this;
	}

	CandidateBuilder otherSubmissionsInCapGroup(int count) {
		this.otherSubmissionsInCapGroup = count;
		return this;
	}

	SubmissionCandidate build() {
		return new SubmissionCandidate(call, now, requestedAmount, List.copyOf(budgetLines), Map.copyOf(texts),
				startDate, endDate, declaredNotCourseOrConference, List.copyOf(outstandingReports),
				otherSubmissionsInCapGroup);
	}
}
