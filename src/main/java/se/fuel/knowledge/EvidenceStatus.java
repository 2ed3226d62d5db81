package se.fuel.knowledge;

/**
 * What is known of a method's effect. "No studies" means the effect is unknown, never that there is none: only
 * {@link #NO_EFFECT} says studies found no effect.
 */
public enum EvidenceStatus {
	NO_STUDIES("Inga studier",
			"Metodens effekt har inte studerats. Effekten är alltså okänd – det betyder inte att metoden saknar effekt."),
	LOCAL_FOLLOW_UP("Lokal uppföljning",
			"Metoden har följts upp eller utvärderats lokalt, men inte i effektstudier. Effekten är inte fastställd."),
	INSUFFICIENT("Otillräckligt underlag",
			"Det finns studier, men de räcker inte för att säga om metoden har effekt."),
	MIXED("Blandade resultat", "Studierna pekar åt olika håll: i vissa har metoden effekt, i andra inte."),
	POSITIVE_EFFECT("Studier visar effekt", "Studier av god kvalitet visar att metoden har önskad effekt."),
	NO_EFFECT("Studier visar ingen effekt",
			"Studier av god kvalitet har undersökt metoden och inte funnit någon effekt.");

	private final String label;
	private final String explanation;

	EvidenceStatus(String label, String explanation) {
		this.label = label;
		this.explanation = explanation;
	}

	/** The Swedish name. */
	public String label() {
		return label;
	}

	/** What the status means, shown beside it so that it is not misread. */
	public String explanation() {
		return explanation;
	}
}
