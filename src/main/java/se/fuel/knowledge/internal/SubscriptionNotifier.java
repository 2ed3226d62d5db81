package se.fuel.knowledge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import se.fuel.knowledge.SavedSearch;
import se.fuel.knowledge.KnowledgeItemPublished;
import se.fuel.knowledge.KnowledgeItemPublishedToSubscribers;
import se.fuel.knowledge.KnowledgeItemPublishedToSubscribers.Subscriber;
import se.fuel.knowledge.KnowledgeStatus;
import se.fuel.knowledge.SubscriptionKind;
import se.fuel.knowledge.search.SavedQueryMatch;

/**
 * Tells the subscribers when an item is published for the first time (version 1): a changed or republished item is
 * not news and mails nobody. Runs once the publication has committed, so a saved search is run against the index
 * that already holds the item, and each user is told once with every reason that matched.
 */
@Component
class SubscriptionNotifier {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionNotifier.class);

	private final KnowledgeItemRepository items;

	private final KnowledgeSubscriptionRepository subscriptions;

	private final SubscriptionDescriptions descriptions;

	private final SavedQueryMatch savedQueries;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate newTransaction;

	SubscriptionNotifier(KnowledgeItemRepository items, KnowledgeSubscriptionRepository subscriptions,
			SubscriptionDescriptions descriptions, SavedQueryMatch savedQueries, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.items = items;
		this.subscriptions = subscriptions;
		this.descriptions = descriptions;
		this.savedQueries = savedQueries;
		this.events = events;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(KnowledgeItemPublished event) {
		if (event.version() != 1) {
			return;
		}
		try {
			newTransaction.executeWithoutResult(status -> notify(event.itemId()));
		}
		catch (RuntimeException e) {
			// The item is published whatever happens here; a failed notice must not report the publishing as failed.
			log.warn("Could not tell the subscribers of knowledge item {}", event.itemId(), e);
		}
	}

	private void notify(UUID itemId) {
		KnowledgeItem item = items.findById(itemId).orElse(null);
		if (item == null || item.status() != KnowledgeStatus.PUBLISHED) {
			return;
		}
		List<Subscriber> subscribers = subscribers(item);
		if (!subscribers.isEmpty()) {
			events.publishEvent(new KnowledgeItemPublishedToSubscribers(item.id(), item.title(), item.kind(),
					"/knowledge/" + item.id(), subscribers));
		}
	}

	/** Every user following something the item matches, once, with their reasons in the order they subscribed. */
	List<Subscriber> subscribers(KnowledgeItem item) {
		List<KnowledgeSubscription> matching = new ArrayList<>();
		if (!item.areaCodes().isEmpty()) {
			matching.addAll(subscriptions.findByKindAndValueIn(SubscriptionKind.AREA, item.areaCodes()));
		}
		Set<String> groups = new java.util.HashSet<>();
		item.targetGroups().forEach(g -> groups.add(g.strip().toLowerCase(Locale.ROOT)));
		subscriptions.findByKind(SubscriptionKind.TARGET_GROUP).stream()
			.filter(s -> groups.contains(s.value().strip().toLowerCase(Locale.ROOT)))
			.forEach(matching::add);
		Map<String, Boolean> searches = new HashMap<>();
		subscriptions.findByKind(SubscriptionKind.SEARCH).stream()
			.filter(s -> searches.computeIfAbsent(s.value(),
					v -> savedQueries.finds(SavedSearch.parse(v), item.id())))
			.forEach(matching::add);
		matching.sort(java.util.Comparator.comparing(KnowledgeSubscription::createdAt));
		Map<UUID, Set<String>> reasons = new LinkedHashMap<>();
		for (KnowledgeSubscription s : matching) {
			reasons.computeIfAbsent(s.userId(), u -> new LinkedHashSet<>())
				.add(descriptions.reason(s.kind(), s.value()));
		}
		return reasons.entrySet().stream().map(e -> new Subscriber(e.getKey(), List.copyOf(e.getValue()))).toList();
	}
}
