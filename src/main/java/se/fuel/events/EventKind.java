package se.fuel.events;

/** What kind of competence-development activity an event was, as the seeds name them. */
public enum EventKind {

	SEMINAR("Seminarium"),
	WORKSHOP("Workshop"),
	LECTURE("Föreläsning"),
	STUDY_TRIP("Studieresa"),
	NETWORK_MEETING("Nätverksträff"),
	CONFERENCE("Konferens"),
	COURSE("Utbildning");

	private final String label;

	EventKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
