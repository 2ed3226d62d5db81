package se.fuel.applications.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import se.fuel.applications.domain.Application;
import se.fuel.applications.domain.ApplicationRepository;
import se.fuel.applications.eligibility.EligibilityPolicies;
import se.fuel.applications.eligibility.Finding;
import se.fuel.applications.eligibility.SubmissionCandidate;
import se.fuel.calls.ApplicationForm;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.SwedishFormat;
import se.fuel.applications.GrantFollowUp;

/**
 * Gathers what the eligibility policies look at (DESIGN.md step 4) and runs them, plus the few facts every
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

	private static List<Finding> basics(Application a, CallView call) {
		var f = new ArrayList<Finding>();
		boolean visit = call.form() == ApplicationForm.STUDY_VISIT;
		if (blank(a.title())) {
			f.add(Finding.error("title", "required", (visit ? "Studiebesökets namn" : "Projektets namn")
					+ " saknas. Skriv ett namn på " + (visit ? "studiebesöket." : "projektet.")));
		}
		if (blank(a.contactName())) {
			f.add(Finding.error("contactName", "required", "Kontaktperson saknas. Skriv kontaktpersonens namn."));
		}
		if (blank(a.contactEmail())) {
			f.add(Finding.error("contactEmail", "required", "E-post saknas. Skriv kontaktpersonens e-postadress."));
		}
		if (visit) {
			if (blank(a.destination())) {
				f.add(Finding.error("destination", "required", "Resmål saknas. Skriv vart studiebesöket går."));
			}
			if (a.participantCount() == null || a.participantCount() < 1) {
				f.add(Finding.error("participantCount", "required",
						"Antal deltagare saknas. Skriv hur många som deltar i studiebesöket."));
			}
		}
		return f;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
