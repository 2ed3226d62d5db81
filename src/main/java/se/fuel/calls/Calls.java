package se.fuel.calls;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read access to calls for other modules; no role check, because callers check their own caller's rights and a call's
 * rules are public once published.
 */
public interface Calls {

	Optional<CallView> find(UUID callId);

	/** Published calls open at the instant, newest year first. */
	List<CallView> openAt(Instant now);

	/** Calls of the year that share the cap group, the call itself included. */
	List<CallView> inCapGroup(int year, String capGroup);

	/** Every call, for officers' filters, newest first. */
	List<CallView> all();
}
