package se.fuel.applications.lifecycle;

import java.util.List;

import se.fuel.applications.ApplicationStatus;
import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** An officer returns an application for completion only while it stands submitted. */
public final class OnlySubmittedIsReturned implements Rule<ApplicationStatus> {

	@Override
	public List<Violation> check(ApplicationStatus status) {
		if (status == ApplicationStatus.SUBMITTED) {
			return List.of();
		}
		return List.of(Violation.of("status", "submitted", "applications.rule.onlySubmittedIsReturned"));
	}
}
