package se.fuel.applications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.fuel.applications.domain.ApplicationContent;
import se.fuel.calls.CallView;
import se.fuel.common.PlausibleAmount;
import se.fuel.common.PlausiblePeopleCount;
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
		maxLength(v, "title", "Projektets namn", c.title(), 300);
		maxLength(v, "contactName", "Kontaktperson", c.contactName(), 200);
		maxLength(v, "contactEmail", "E-post", c.contactEmail(), 200);
		maxLength(v, "contactPhone", "Telefon", c.contactPhone(), 40);
		maxLength(v, "destination", "Resmål", c.destination(), 300);
		maxLength(v, "participantRoles", "Deltagarnas roller", c.participantRoles(), 2000);
		if (c.contactEmail() != null && !c.contactEmail().isBlank() && !c.contactEmail().strip().matches(EMAIL)) {
			v.add(new Violation("contactEmail", "email",
					"E-post måste vara en e-postadress, till exempel namn@stockholm.se."));
		}
		if (c.requestedAmount() != null && c.requestedAmount() < 0) {
			v.add(new Violation("requestedAmount", "not-negative", "Sökt belopp kan inte vara negativt."));
		}
		if (c.participantCount() != null && c.participantCount() < 0) {
			v.add(new Violation("participantCount", "not-negative", "Antal deltagare kan inte vara negativt."));
		}
		PlausibleAmount.check(c.requestedAmount(), "requestedAmount", "Sökt belopp").ifPresent(v::add);
		if (c.participantCount() != null) {
			PlausiblePeopleCount.check(c.participantCount().longValue(), "participantCount", "Antal deltagare")
				.ifPresent(v::add);
		}
		List<ApplicationContent.Line> lines = c.budgetLines();
		for (int i = 0; i < lines.size(); i++) {
			var line = lines.get(i);
			if (line.amount() < 0) {
				v.add(new Violation("budgetLines", "not-negative",
						"Budgetrad " + (i + 1) + ": beloppet kan inte vara negativt."));
			}
			else {
				PlausibleAmount.check(line.amount(), "budgetLines", "Budgetrad " + (i + 1)).ifPresent(v::add);
			}
			if (line.description() != null && line.description().length() > 500) {
				v.add(new Violation("budgetLines", "max-length",
						"Budgetrad " + (i + 1) + ": beskrivningen får vara högst 500 tecken."));
			}
		}
		for (String area : c.priorityAreas()) {
			if (!call.priorityAreas().contains(area)) {
				v.add(new Violation("priorityAreas", "from-call",
						"Prioriterade områden: \u201D" + area + "\u201D är inte ett av utlysningens områden."));
			}
		}
		for (UUID partner : c.partnerOrganisationIds()) {
			if (!activeOrganisations.contains(partner)) {
				v.add(new Violation("partnerOrganisationIds", "active-organisation",
						"Samverkanspartner: organisationen finns inte eller är inte längre verksam."));
			}
		}
		if (!v.isEmpty()) {
			throw new ViolationException(v);
		}
	}

	private static void maxLength(List<Violation> v, String field, String label, String value, int max) {
		if (value != null && value.length() > max) {
			v.add(new Violation(field, "max-length", label + " får vara högst " + max + " tecken."));
		}
	}
}
