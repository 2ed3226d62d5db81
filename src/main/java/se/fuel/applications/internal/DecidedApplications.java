package se.fuel.applications.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.applications.ApplicationDecisions;
import se.fuel.applications.ApplicationStatus;
import se.fuel.audit.AuditTrail;

/** The committee's decisions on the applications, each audited as a change of the application. */
@Service
class DecidedApplications implements ApplicationDecisions {

	private final ApplicationRepository applications;

	private final AuditTrail audit;

	private final Clock clock;

	DecidedApplications(ApplicationRepository applications, AuditTrail audit, Clock clock) {
		this.applications = applications;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void decided(UUID applicationId, ApplicationStatus outcome) {
		Application application = applications.findById(applicationId).orElseThrow(
				() -> new IllegalArgumentException("No application " + applicationId));
		if (application.status() == outcome) {
			return;
		}
		var before = application.snapshot();
		application.decided(outcome, clock.instant());
		audit.record(ApplicationService.AUDIT_TYPE, applicationId, "decided", before, application.snapshot());
	}
}
