package se.fuel.decisions;

import se.fuel.common.Text;

/** Where a year's allocation round stands. */
public enum RoundStatus {
	/** Utkast: amounts can change; no current document. */
	OPEN("Pågående fördelning"),
	/** Fastställd: a document version is current and awaits being sent for attestation. */
	FINALISED("Fastställd"),
	/** Skickad för attest. */
	SENT_FOR_ATTESTATION("Skickad för attest"),
	/** Every named attestant has attested the current version. */
	ATTESTED("Attesterad"),
	/** The committee has decided: grants exist, nothing changes any more. */
	DECIDED("Beslutad");

	private final String label;

	RoundStatus(String label) {
		this.label = label;
	}

	/** The enum's name in the reader's language, from the bundles ({@code decisions.roundStatus.<NAME>}). */
	public Text text() {
		return Text.of("decisions.roundStatus." + name());
	}

	/**
	 * The Swedish label.
	 *
	 * @deprecated for code not yet on the bundles (mail, the XLSX export); use {@link #text()}.
	 */
	@Deprecated
	public String label() {
		return label;
	}
}
