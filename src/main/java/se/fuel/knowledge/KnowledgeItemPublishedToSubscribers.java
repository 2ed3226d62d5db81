package se.fuel.knowledge;

import java.util.List;
import java.util.UUID;

/**
 * An item was published for the first time and these users follow something it matches; published after the
 * publishing transaction committed, in a transaction of its own, so that the mails are kept with it.
 *
 * @param path the item's page, from the application's root ("/knowledge/{id}")
 * @param subscribers each user once, with every reason
 */
public record KnowledgeItemPublishedToSubscribers(UUID itemId, String title, KnowledgeKind kind,
		String path, List<Subscriber> subscribers) {

	/** @param reasons why the item reached them, in Swedish: "Du bevakar området Missbruk." */
	public record Subscriber(UUID userId, List<String> reasons) {
	}
}
