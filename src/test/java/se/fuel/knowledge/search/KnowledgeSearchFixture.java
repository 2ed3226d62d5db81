package se.fuel.knowledge.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.internal.KnowledgeItem;
import se.fuel.knowledge.internal.KnowledgeItemRepository;

/** Makes knowledge items of a test's own, each under a programme code nobody else uses so filters isolate them. */
@Component
class KnowledgeSearchFixture {

	private final KnowledgeItemRepository items;
	private final TransactionTemplate transactions;

	KnowledgeSearchFixture(KnowledgeItemRepository items, TransactionTemplate transactions) {
		this.items = items;
		this.transactions = transactions;
	}

	static String programme() {
		return "T" + UUID.randomUUID().toString().substring(0, 8);
	}

	UUID published(String programme, String title, String summary, int year, List<String> targetGroups,
			List<String> methods) {
		return transactions.execute(status -> {
			KnowledgeItem item = new KnowledgeItem(input(programme, title, summary, year, targetGroups, methods),
					Instant.now());
			item.publish(Instant.now());
			return items.save(item).id();
		});
	}

	/** A published item with areas and a kind, for facet tests. */
	UUID published(String programme, String title, KnowledgeKind kind, int year, List<String> areaCodes) {
		return transactions.execute(status -> {
			KnowledgeItem item = new KnowledgeItem(new KnowledgeItemInput(kind, title, "Om " + title + ".", null, year,
					null, List.of(), programme, areaCodes, List.of(), List.of(), ImplementationStatus.IMPLEMENTED, null,
					null), Instant.now());
			item.publish(Instant.now());
			return items.save(item).id();
		});
	}

	UUID draft(String programme, String title, String summary, int year) {
		return transactions.execute(status -> items.save(new KnowledgeItem(
				input(programme, title, summary, year, List.of(), List.of()), Instant.now())).id());
	}

	void unpublish(UUID id) {
		transactions.executeWithoutResult(status -> items.findById(id).orElseThrow().unpublish(Instant.now()));
	}

	private static KnowledgeItemInput input(String programme, String title, String summary, int year,
			List<String> targetGroups, List<String> methods) {
		return new KnowledgeItemInput(KnowledgeKind.REPORT, title, summary, null, year, null, List.of(), programme,
				List.of(), targetGroups, methods, ImplementationStatus.IMPLEMENTED, null, null);
	}
}
