package se.fuel.applications.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import se.fuel.applications.ApplicationContent;

/**
 * For tests of later steps (grants, reports) that need an application already sent in, whatever its call's window:
 * stores one straight away, as a submission would have left it. Its caller's transaction must be open.
 */
@Component
public class StoredApplications {

	private final ApplicationRepository applications;

	StoredApplications(ApplicationRepository applications) {
		this.applications = applications;
	}

	/** A submitted application with the registration number, returning its id. */
	public UUID submitted(UUID callId, UUID leadOrganisationId, ApplicationContent content, String registrationNumber) {
		Instant now = Instant.now();
		var application = new Application(callId, leadOrganisationId, content, now);
		application.submit(now, registrationNumber, List.of());
		return applications.saveAndFlush(application).id();
	}
}
