package se.fuel.events.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;
import se.fuel.events.EventInput;

/**
 * A registered event has a plausible date, a title and a kind; organiser and target group, when known, are of a
 * length the lists can show. Anything else (organiser, target group, description) may be unknown, as it is for
 * several of the fund's earliest events.
 */
public final class EventDescribed implements Rule<EventDescribed.Event> {

	public static final int TITLE_MAX = 300;

	public static final int TEXT_MAX = 500;

	/** The event as typed, and the day it is registered: a date more than five years ahead is a typing mistake. */
	public record Event(EventInput input, LocalDate today) {
	}

	@Override
	public List<Violation> check(Event event) {
		EventInput input = event.input();
		List<Violation> violations = new ArrayList<>();
		if (input.date() == null) {
			violations.add(Violation.of("date", "required", "events.rule.date.required"));
		}
		else if (input.date().isAfter(event.today().plusYears(5)) || input.date().getYear() < 1990) {
			violations.add(Violation.of("date", "plausible", "events.rule.date.plausible"));
		}
		if (blank(input.title())) {
			violations.add(Violation.of("title", "required", "events.rule.title.required"));
		}
		else if (input.title().length() > TITLE_MAX) {
			violations.add(Violation.of("title", "length", "events.rule.title.length", TITLE_MAX));
		}
		if (input.kind() == null) {
			violations.add(Violation.of("kind", "required", "events.rule.kind.required"));
		}
		if (input.organiser() != null && input.organiser().length() > TITLE_MAX) {
			violations.add(Violation.of("organiser", "length", "events.rule.organiser.length", TITLE_MAX));
		}
		if (input.targetGroup() != null && input.targetGroup().length() > TEXT_MAX) {
			violations.add(Violation.of("targetGroup", "length", "events.rule.targetGroup.length", TEXT_MAX));
		}
		return violations;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
