package se.fuel.events.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.fuel.common.PlausiblePeopleCount;
import se.fuel.common.Rule;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.events.EventInput;
import se.fuel.events.OrganisationParticipants;

/**
 * An event's participants are whole, plausible counts that are not negative: those from outside the city, those the
 * source counts without an organisation, and those of each organisation, which is named once.
 */
public final class ParticipantsCounted implements Rule<EventInput> {

	private static final Text OTHER_LABEL = Text.of("events.label.otherParticipants");

	private static final Text UNSPECIFIED_LABEL = Text.of("events.label.unspecifiedParticipants");

	private static final Text PER_ORGANISATION_LABEL = Text.of("events.label.participantsPerOrganisation");

	@Override
	public List<Violation> check(EventInput input) {
		List<Violation> violations = new ArrayList<>();
		count(input.otherParticipants(), "otherParticipants", "events.rule.otherParticipants.negative", OTHER_LABEL,
				violations);
		count(input.unspecifiedParticipants(), "unspecifiedParticipants",
				"events.rule.unspecifiedParticipants.negative", UNSPECIFIED_LABEL, violations);
		Set<UUID> seen = new HashSet<>();
		for (OrganisationParticipants p : input.participants() == null ? List.<OrganisationParticipants>of()
				: input.participants()) {
			if (p.organisationId() == null) {
				violations.add(Violation.of("participants", "organisation", "events.rule.participants.organisation"));
			}
			else if (!seen.add(p.organisationId())) {
				violations.add(Violation.of("participants-" + p.organisationId(), "once",
						"events.rule.participants.once"));
			}
			count(p.participants(), "participants-" + p.organisationId(), "events.rule.participants.negative",
					PER_ORGANISATION_LABEL, violations);
		}
		return violations;
	}

	private static void count(Integer count, String field, String negativeKey, Text label,
			List<Violation> violations) {
		if (count == null) {
			return;
		}
		if (count < 0) {
			violations.add(Violation.of(field, "not-negative", negativeKey));
		}
		else {
			PlausiblePeopleCount.check(count.longValue(), field, label).ifPresent(violations::add);
		}
	}
}
