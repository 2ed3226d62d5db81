package se.fuel.knowledge;

/** What kind of knowledge an item of the knowledge bank is (seeds/004: projektplaner, förstudier, rapporter...). */
public enum KnowledgeKind {
	/** Projektplan: the plan of a funded project. */
	PROJECT_PLAN("Projektplan"),
	/** Förstudie: a pre-study before a project. */
	PRE_STUDY("Förstudie"),
	/** Rapport: a project's final report (slutrapport, redovisning). */
	REPORT("Rapport"),
	/** Reserapport: the report of a study visit (MUL). */
	TRAVEL_REPORT("Reserapport"),
	/** Metod: a method tried or taken into regular work. */
	METHOD("Metod"),
	/** Annan kunskap: anything else worth finding. */
	OTHER("Annan kunskap");

	private final String label;

	KnowledgeKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
