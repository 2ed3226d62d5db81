package se.fuel.applications.lifecycle;

import java.util.List;

import se.fuel.applications.ApplicationStatus;
import se.fuel.common.Rule;
import se.fuel.common.Text;
import se.fuel.common.Violation;

/**
 * The applicant changes, submits or withdraws an application only while it is a draft or returned for completion:
 * sent in, it is the version the officers assess.
 */
public final class EditableWhileDraftOrReturned implements Rule<ApplicationStatus> {

	@Override
	public List<Violation> check(ApplicationStatus status) {
		if (status.editable()) {
			return List.of();
		}
		return List.of(Violation.of("status", "editable", "applications.rule.editable",
				Text.of("applications.statusInText." + status.name())));
	}
}
