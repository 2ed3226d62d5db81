package se.fuel.events.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.fuel.common.PlausiblePeopleCount;
import se.fuel.common.Violation;
import se.fuel.events.EventInput;
import se.fuel.events.OrganisationParticipants;

/**
 * What a registered event must have: a date, a title and a kind; counts of participants that are whole and not
 * negative, each organisation once. Anything else (organiser, target group, description) may be unknown, as it is for
 * several of the seeds' events.
 */
public final class EventRules {

	static final int TITLE_MAX = 300;

	static final int TEXT_MAX = 500;

	private EventRules() {
	}

	public static List<Violation> check(EventInput input, LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		if (input.date() == null) {
			violations.add(new Violation("date", "required", "Ange datum för aktiviteten (ÅÅÅÅ-MM-DD)."));
		}
		else if (input.date().isAfter(today.plusYears(5)) || input.date().getYear() < 1990) {
			violations.add(new Violation("date", "plausible",
					"Datum måste ligga mellan 1990 och fem år framåt."));
		}
		if (blank(input.title())) {
			violations.add(new Violation("title", "required", "Skriv aktivitetens titel."));
		}
		else if (input.title().length() > TITLE_MAX) {
			violations.add(new Violation("title", "length", "Titeln får vara högst " + TITLE_MAX + " tecken."));
		}
		if (input.kind() == null) {
			violations.add(new Violation("kind", "required", "Välj typ av aktivitet."));
		}
		if (input.organiser() != null && input.organiser().length() > TITLE_MAX) {
			violations.add(new Violation("organiser", "length", "Arrangör får vara högst " + TITLE_MAX + " tecken."));
		}
		if (input.targetGroup() != null && input.targetGroup().length() > TEXT_MAX) {
			violations.add(new Violation("targetGroup", "length", "Målgrupp får vara högst " + TEXT_MAX + " tecken."));
		}
		if (input.otherParticipants() != null && input.otherParticipants() < 0) {
			violations.add(new Violation("otherParticipants", "not-negative",
					"Deltagare från övriga/externa kan inte vara negativt."));
		}
		if (input.unspecifiedParticipants() != null && input.unspecifiedParticipants() < 0) {
			violations.add(new Violation("unspecifiedParticipants", "not-negative",
					"Deltagare utan uppgift om organisation kan inte vara negativt."));
		}
		if (input.otherParticipants() != null && input.otherParticipants() >= 0) {
			PlausiblePeopleCount.check(input.otherParticipants().longValue(), "otherParticipants",
					"Deltagare från övriga/externa").ifPresent(violations::add);
		}
		if (input.unspecifiedParticipants() != null && input.unspecifiedParticipants() >= 0) {
			PlausiblePeopleCount.check(input.unspecifiedParticipants().longValue(), "unspecifiedParticipants",
					"Deltagare utan uppgift om organisation").ifPresent(violations::add);
		}
		Set<UUID> seen = new HashSet<>();
		for (OrganisationParticipants p : input.participants() == null ? List.<OrganisationParticipants>of()
				: input.participants()) {
			if (p.organisationId() == null) {
				violations.add(new Violation("participants", "organisation", "Ange organisation för varje antal deltagare."));
			}
			else if (!seen.add(p.organisationId())) {
				violations.add(new Violation("participants-" + p.organisationId(), "once",
						"Deltagare från samma organisation får bara anges en gång."));
			}
			if (p.participants() < 0) {
				violations.add(new Violation("participants-" + p.organisationId(), "not-negative",
						"Antal deltagare per organisation kan inte vara negativt."));
			}
			else {
				PlausiblePeopleCount.check((long) p.participants(), "participants-" + p.organisationId(),
						"Antal deltagare per organisation").ifPresent(violations::add);
			}
		}
		return violations;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
