package se.fuel.knowledge;

/**
 * Whether what a project tried was taken into the organisation's regular work (implementerats): the fund exists
 * because "relativt få av dessa har dock implementerats" (seeds/000).
 */
public enum ImplementationStatus {
	IMPLEMENTED("Implementerad"),
	PARTLY("Delvis implementerad"),
	NOT_IMPLEMENTED("Inte implementerad"),
	UNKNOWN("Okänt");

	private final String label;

	ImplementationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
