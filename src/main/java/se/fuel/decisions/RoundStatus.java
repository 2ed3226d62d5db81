package se.fuel.decisions;

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

	public String label() {
		return label;
	}
}
