package se.fuel.assessment.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import se.fuel.assessment.Council;
import se.fuel.audit.AuditedObjects;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/**
 * An assessment's and the council's history are on the assessment page, for officers and administrators; the
 * council's history goes by the application, whose existence the council checks.
 */
@Component
class AssessmentHistory implements AuditedObjects {

	private final Identity identity;

	private final Council council;

	AssessmentHistory(Identity identity, Council council) {
		this.identity = identity;
		this.council = council;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of("Assessment", "CouncilReview");
	}

	@Override
	public void requireReadable(String objectType, String objectId) {
		if (objectType.equals("CouncilReview")) {
			council.history(AuditedObjects.uuid(objectId));
		}
		else {
			identity.require(Role.OFFICER, Role.ADMIN);
			AuditedObjects.uuid(objectId);
		}
	}
}
