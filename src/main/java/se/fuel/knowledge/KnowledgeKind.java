package se.fuel.knowledge;

/** What kind of knowledge an item of the knowledge bank is (projektplaner, förstudier, rapporter...). */
public enum KnowledgeKind {
	/** Projektplan: the plan of a funded project. */
	PROJECT_PLAN,
	/** Förstudie: a pre-study before a project. */
	PRE_STUDY,
	/** Rapport: a project's final report (slutrapport, redovisning). */
	REPORT,
	/** Reserapport: the report of a study visit (MUL). */
	TRAVEL_REPORT,
	/** Metod: a method tried or taken into regular work. */
	METHOD,
	/** Annan kunskap: anything else worth finding. */
	OTHER;

	/** The name as the bundles say it ({@code i18n/knowledge}). */
	public String messageKey() {
		return "knowledge.kind." + name();
	}
}
