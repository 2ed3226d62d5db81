package se.fuel.decisions;

import se.fuel.common.Text;

/** Where a year's allocation round stands. */
public enum RoundStatus {
	/** Utkast: amounts can change; no current document. */
	OPEN,
	/** Fastställd: a document version is current and awaits being sent for attestation. */
	FINALISED,
	/** Skickad för attest. */
	SENT_FOR_ATTESTATION,
	/** Every named attestant has attested the current version. */
	ATTESTED,
	/** The committee has decided: grants exist, nothing changes any more. */
	DECIDED;

	/** The enum's name in the reader's language, from the bundles ({@code decisions.roundStatus.<NAME>}). */
	public Text text() {
		return Text.of("decisions.roundStatus." + name());
	}
}
