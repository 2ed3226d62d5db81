package se.fuel.knowledge;

import java.util.List;
import java.util.UUID;

/**
 * Bevakningar: every signed-in user follows areas, target groups and saved searches of the knowledge bank and gets
 * one mail ("Nytt i kunskapsbanken") when an item matching any of them is published for the first time. A user sees
 * and removes only their own subscriptions; another user's answers 404. Changes are audited.
 */
public interface KnowledgeSubscriptions {

	/** The signed-in user's subscriptions, newest first. */
	List<KnowledgeSubscriptionView> mine();

	/**
	 * Follows an area (its code, of an area in use), a target group or a saved search (a query string of q and the
	 * facets; order and page are dropped). Following the same thing twice keeps the one subscription.
	 */
	KnowledgeSubscriptionView subscribe(SubscriptionKind kind, String value);

	/** Stops following; 404 unless it is the signed-in user's own. */
	void unsubscribe(UUID id);
}
