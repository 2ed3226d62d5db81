package se.fuel.knowledge;

/**
 * What is known of a method's effect. "No studies" means the effect is unknown, never that there is none: only
 * {@link #NO_EFFECT} says studies found no effect.
 */
public enum EvidenceStatus {
	NO_STUDIES, LOCAL_FOLLOW_UP, INSUFFICIENT, MIXED, POSITIVE_EFFECT, NO_EFFECT;

	/** The name as the bundles say it ({@code i18n/knowledge}). */
	public String messageKey() {
		return "knowledge.evidence." + name();
	}

	/** What the status means, shown beside it so that it is not misread. */
	public String explanationKey() {
		return "knowledge.evidence." + name() + ".explanation";
	}
}
