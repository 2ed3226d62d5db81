package se.fuel.calls.domain;

import se.fuel.calls.ApplicationSection;

/** The Swedish names of a call's fields and of the application sections, as the form and the messages say them. */
public final class CallLabels {

	private CallLabels() {
	}

	public static String section(ApplicationSection section) {
		return switch (section) {
			case targetGroup -> "Målgrupp";
			case problem -> "Problemformulering";
			case goals -> "Mål och syfte";
			case method -> "Metod eller modell";
			case researchLink -> "Forskningsanknytning";
			case genderAnalysis -> "Jämställdhetsanalys";
			case implementationPlan -> "Implementeringsplan";
			case purpose -> "Syfte med studiebesöket";
		};
	}

	/** Quoted the Swedish way, ”Budget”, to start a message. */
	public static String quoted(String label) {
		return "\u201D" + label + "\u201D";
	}
}
