package se.fuel.knowledge;

/** What kind of method it is, in Metodguiden's terms. */
public enum MethodType {
	ASSESSMENT,
	INTERVENTION,
	WAY_OF_WORKING;

	/** The name as the bundles say it ({@code i18n/knowledge}). */
	public String messageKey() {
		return "knowledge.methodType." + name();
	}
}
