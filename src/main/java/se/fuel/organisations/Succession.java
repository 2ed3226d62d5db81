package se.fuel.organisations;

/** How an organisation ended: merged into another or renamed to it. */
public enum Succession {
	MERGED_INTO, RENAMED_TO
}
