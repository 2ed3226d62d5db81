package se.fuel.events;

import se.fuel.common.Text;

/**
 * What kind of competence-development activity an event was. The names people read are the bundle's
 * {@code events.kind.*}.
 */
public enum EventKind {

	SEMINAR, WORKSHOP, LECTURE, STUDY_TRIP, NETWORK_MEETING, CONFERENCE, COURSE;

	/** The kind as people read it, e.g. "Föreläsning". */
	public Text label() {
		return Text.of("events.kind." + name());
	}
}
