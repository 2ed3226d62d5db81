package se.fuel.calls;

/** Where a call stands, following from publishing and its dates. */
public enum CallStatus {
	/** Not yet published: only officers see it. */
	DRAFT,
	/** Published, opening time not yet reached. */
	UPCOMING,
	/** Published and inside its window: applications can be submitted. */
	OPEN,
	/** Published and past its closing time. */
	CLOSED
}
