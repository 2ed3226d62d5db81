package se.fuel.audit;

import java.util.Collection;
import java.util.Map;

/**
 * The names people know each other by, for the plain-language history: the trail keeps usernames, and the accounts
 * belong to identity, which the audit module may not call (identity records its changes here). Identity declares the
 * component; without one the username is shown.
 */
public interface ActorNames {

	/** The display names of those of the usernames that are accounts. */
	Map<String, String> displayNames(Collection<String> usernames);
}
