package se.fuel.applications.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import se.fuel.applications.eligibility.EligibilityPolicies;
import se.fuel.applications.eligibility.Finding;
import se.fuel.applications.eligibility.SubmissionCandidate;
import se.fuel.calls.ApplicationForm;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.applications.GrantFollowUp;

/**
 * Gathers what the eligibility policies look at (docs/architecture.md) and runs them, plus the few facts every
 * application needs whatever the call (a title, a contact person, a study visit's destination and participants).
 */
@Component
class Submission {

	private static final EligibilityPolicies POLICIES = EligibilityPolicies.all();

	private final ApplicationRepository applications;

	private final Calls calls;

	private final GrantFollowUp grants;

	private final RegistrationNumbers registrationNumbers;

	Submission(ApplicationRepository applications, Calls calls, GrantFollowUp grants,
			RegistrationNumbers registrationNumbers) {
		this.applications = applications;
		this.calls = calls;
		this.grants = grants;
		this.registrationNumbers = registrationNumbers;
	}

	List<Finding> check(Application a, CallView call, Instant now) {
		var findings = new ArrayList<Finding>(basics(a, call));
		findings.addAll(POLICIES.check(candidate(a, call, now)));
		return findings;
	}

	String nextRegistrationNumber(CallView call) {
		return registrationNumbers.next(call.registrationPrefix(), call.year());
	}

	SubmissionCandidate candidate(Application a, CallView call, Instant now) {
		List<UUID> capGroup = call.capGroup() == null ? List.of(call.id())
				: calls.inCapGroup(call.year(), call.capGroup()).stream().map(CallView::id).toList();
		long others = applications.countSubmitted(a.leadOrganisationId(),
				capGroup.isEmpty() ? List.of(call.id()) : capGroup, a.id());
		var lines = a.budgetLines().stream()
			.map(l -> new SubmissionCandidate.BudgetLine(l.description(), l.amount()))
			.toList();
		return new SubmissionCandidate(call, now, a.requestedAmount() == null ? 0 : a.requestedAmount(), lines,
				a.content().texts(), a.startDate(), a.endDate(), a.notCourseOrConference(),
				grants.outstandingReports(a.leadOrganisationId(), LocalDate.ofInstant(now, SwedishFormat.ZONE)),
				(int) others);
	}

	/** What every application needs whatever the call; these always stop a submission. */
	private static List<Finding> basics(Application a, CallView call) {
		var f = new ArrayList<Finding>();
		boolean visit = call.form() == ApplicationForm.STUDY_VISIT;
		if (blank(a.title())) {
			f.add(required("title", visit ? "visitTitle" : "title"));
		}
		if (blank(a.contactName())) {
			f.add(required("contactName", "contactName"));
		}
		if (blank(a.contactEmail())) {
			f.add(required("contactEmail", "contactEmail"));
		}
		if (visit) {
			if (blank(a.destination())) {
				f.add(required("destination", "destination"));
			}
			if (a.participantCount() == null || a.participantCount() < 1) {
				f.add(required("participantCount", "participantCount"));
			}
		}
		return f;
	}

	private static Finding required(String field, String what) {
		return Finding.error(Violation.of(field, "required", "applications.rule.required." + what));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
