package se.fuel.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fuel.PersistenceSliceTest;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeStatus;

@PersistenceSliceTest
class KnowledgeItemRepositorySliceTest {

	private static final Instant NOW = Instant.parse("2030-05-01T10:00:00Z");

	@Autowired
	KnowledgeItemRepository items;

	@Test
	void grantMethodsPairEachPublishedGrantsItemWithItsMethodsInTheOrderTheyWereGiven() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		UUID draftGrant = UUID.randomUUID();
		var one = published(item(first, "Motiverande samtal", "MI", "Case management"));
		var two = published(item(second, "Familjeterapi", "Signs of Safety"));
		var draft = item(draftGrant, "Utkast", "Ignored method");
		var noGrant = published(item(null, "Utan bidrag", "Loose method"));
		items.saveAllAndFlush(List.of(one, two, draft, noGrant));
		Set<UUID> mine = Set.of(first, second, draftGrant);

		var pairs = items.grantMethods(KnowledgeStatus.PUBLISHED).stream()
			.filter(row -> mine.contains(row[0]))
			.map(Arrays::asList)
			.toList();

		// PostgreSQL orders uuids by their bytes, unsigned, as their hex text sorts; UUID.compareTo compares signed longs
		var expected = first.toString().compareTo(second.toString()) < 0
				? List.of(List.<Object>of(first, "MI"), List.<Object>of(first, "Case management"),
						List.<Object>of(second, "Signs of Safety"))
				: List.of(List.<Object>of(second, "Signs of Safety"), List.<Object>of(first, "MI"),
						List.<Object>of(first, "Case management"));
		assertThat(pairs).isEqualTo(expected);
		assertThat(noGrant.methods()).containsExactly("Loose method");
	}

	@Test
	void itemsInSomeStatusesComeNewestChangeFirstAndAGrantsItemIsFoundByTheGrant() {
		UUID grant = UUID.randomUUID();
		var older = item(null, "Äldre", "A");
		var newer = item(grant, "Nyare", "B");
		newer.change(input(grant, "Nyare", List.of("B")), NOW.plusSeconds(3600));
		var unpublished = published(item(null, "Avpublicerad", "C"));
		unpublished.unpublish(NOW.plusSeconds(60));
		items.saveAllAndFlush(List.of(older, newer, unpublished));
		Set<UUID> mine = Set.of(older.id(), newer.id(), unpublished.id());

		assertThat(items.findByStatusInOrderByUpdatedAtDesc(List.of(KnowledgeStatus.DRAFT, KnowledgeStatus.UNPUBLISHED))
			.stream()
			.filter(i -> mine.contains(i.id()))
			.map(KnowledgeItem::title)).containsExactly("Nyare", "Avpublicerad", "Äldre");
		assertThat(items.findByGrantId(grant)).map(KnowledgeItem::id).contains(newer.id());
		assertThat(items.existsByGrantId(UUID.randomUUID())).isFalse();
		assertThat(items.findByGrantIdIn(List.of(grant, UUID.randomUUID()))).extracting(KnowledgeItem::id)
			.containsExactly(newer.id());
	}

	private static KnowledgeItem item(UUID grant, String title, String... methods) {
		return new KnowledgeItem(input(grant, title, List.of(methods)), NOW);
	}

	private static KnowledgeItem published(KnowledgeItem item) {
		item.publish(NOW);
		return item;
	}

	private static KnowledgeItemInput input(UUID grant, String title, List<String> methods) {
		return new KnowledgeItemInput(KnowledgeKind.REPORT, title, null, null, 2030, grant, List.of(), null,
				List.of(), List.of(), methods, null, null, null);
	}
}
