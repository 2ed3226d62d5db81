package se.fuel.assistance;

/**
 * What an import does with a row whose organisation, period, measure and category are already stored: the officer
 * decides before the import starts.
 */
public enum DuplicatePolicy {
	/** Refuse the whole file and list each such row. */
	REFUSE,
	/** Replace the stored figure with the file's. */
	REPLACE
}
