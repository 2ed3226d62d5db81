package se.fuel.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Competence-development events and their evaluations. Everyone signed in reads; officers and administrators register,
 * change, delete and evaluate, every change audited as "CompetenceEvent".
 */
public interface CompetenceEvents {

	String AUDIT_TYPE = "CompetenceEvent";

	/** All events, latest first. */
	List<EventView> events();

	EventView event(UUID id);

	EventView register(EventInput input);

	/**
	 * @param openedVersion the version the form or the API client read; a change on an older one is refused with
	 * {@link se.fuel.common.StaleVersionException} ({@code null}: no check)
	 */
	EventView update(UUID id, EventInput input, Long openedVersion);

	void delete(UUID id);

	/**
	 * Replaces the event's evaluation with the ratings of a CSV file (README, "Event evaluations"). The whole file is
	 * checked first: any rejected line stops the import, every rejected line is reported, nothing is stored.
	 */
	EvaluationSummary importRatings(UUID id, byte[] csv);

	/** Replaces the event's evaluation with responses per rating typed by hand (rating → responses). */
	EvaluationSummary enterRatings(UUID id, Map<Integer, Integer> responsesPerRating);

	/** All events in numbers, participants under the organisations they came from. */
	default EventOverview overview() {
		return overview(false);
	}

	/**
	 * All events in numbers; with {@code asToday} participants of historical organisations count for the organisation
	 * that carries their work today (Rinkeby and Kista under Järva), otherwise for the organisation as it was.
	 */
	EventOverview overview(boolean asToday);
}
