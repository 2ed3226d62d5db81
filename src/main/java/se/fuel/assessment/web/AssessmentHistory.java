package se.fuel.assessment.web;

import java.util.Map;

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
class AssessmentHistory extends AuditedObjects {

	AssessmentHistory(Identity identity, Council council) {
		super(Map.of("CouncilReview", council::history,
				"Assessment", id -> identity.require(Role.OFFICER, Role.ADMIN)));
	}
}
