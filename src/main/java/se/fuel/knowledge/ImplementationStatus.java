package se.fuel.knowledge;

/**
 * Whether what a project tried was taken into the organisation's regular work (implementerats): the fund exists
 * because "relativt få av dessa har dock implementerats".
 */
public enum ImplementationStatus {
	IMPLEMENTED,
	PARTLY,
	NOT_IMPLEMENTED,
	UNKNOWN;

	/** The name as the bundles say it ({@code i18n/knowledge}). */
	public String messageKey() {
		return "knowledge.implementation." + name();
	}
}
