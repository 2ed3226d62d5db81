package se.fuel.applications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.fuel.applications.ApplicationContent;
import se.fuel.calls.CallView;
import se.fuel.common.PlausibleAmount;
import se.fuel.common.PlausiblePeopleCount;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;

/**
 * What a draft must meet to be saved at all: formats and choices from the offered lists, nothing about completeness
 * (a half-written draft is fine; submission checks the call's rules).
 */
final class DraftFormats {

	private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	private DraftFormats() {
	}

	static void check(CallView call, ApplicationContent c, Set<UUID> activeOrganisations) {
		var v = new ArrayList<Violation>();
		maxLength(v, "title", c.title(), 300);
		maxLength(v, "contactName", c.contactName(), 200);
		maxLength(v, "contactEmail", c.contactEmail(), 200);
		maxLength(v, "contactPhone", c.contactPhone(), 40);
		maxLength(v, "destination", c.destination(), 300);
		maxLength(v, "participantRoles", c.participantRoles(), 2000);
		if (c.contactEmail() != null && !c.contactEmail().isBlank() && !c.contactEmail().strip().matches(EMAIL)) {
			v.add(Violation.of("contactEmail", "email", "applications.draft.email"));
		}
		if (c.requestedAmount() != null && c.requestedAmount() < 0) {
			v.add(Violation.of("requestedAmount", "not-negative", "applications.draft.requestedAmountNegative"));
		}
		if (c.participantCount() != null && c.participantCount() < 0) {
			v.add(Violation.of("participantCount", "not-negative", "applications.draft.participantCountNegative"));
		}
		PlausibleAmount.check(c.requestedAmount(), "requestedAmount", Text.of("applications.field.requestedAmount"))
			.ifPresent(v::add);
		if (c.participantCount() != null) {
			PlausiblePeopleCount.check(c.participantCount().longValue(), "participantCount",
					Text.of("applications.field.participantCount"))
				.ifPresent(v::add);
		}
		List<ApplicationContent.Line> lines = c.budgetLines();
		for (int i = 0; i < lines.size(); i++) {
			var line = lines.get(i);
			String row = String.valueOf(i + 1);
			if (line.amount() < 0) {
				v.add(Violation.of("budgetLines", "not-negative", "applications.draft.budgetLineNegative", row));
			}
			else {
				PlausibleAmount.check(line.amount(), "budgetLines", Text.of("applications.label.budgetLine", row))
					.ifPresent(v::add);
			}
			if (line.description() != null && line.description().length() > 500) {
				v.add(Violation.of("budgetLines", "max-length", "applications.draft.budgetLineTooLong", row, "500"));
			}
		}
		for (String area : c.priorityAreas()) {
			if (!call.priorityAreas().contains(area)) {
				v.add(Violation.of("priorityAreas", "from-call", "applications.draft.priorityArea", area));
			}
		}
		for (UUID partner : c.partnerOrganisationIds()) {
			if (!activeOrganisations.contains(partner)) {
				v.add(Violation.of("partnerOrganisationIds", "active-organisation", "applications.draft.partner"));
			}
		}
		if (!v.isEmpty()) {
			throw new ViolationException(v);
		}
	}

	private static void maxLength(List<Violation> v, String field, String value, int max) {
		if (value != null && value.length() > max) {
			v.add(Violation.of(field, "max-length", "applications.draft.maxLength",
					Text.of("applications.draft.label." + field), String.valueOf(max)));
		}
	}
}
