package se.fuel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fuel.FuelIntegrationTest;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/** The one read statistics makes of the methods per grant: published items only, in the item's order. */
@FuelIntegrationTest
class PublishedMethodsByGrantIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	KnowledgeBank bank;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Test
	void gives_each_published_grant_item_its_methods_and_nothing_of_unpublished_ones() throws Exception {
		var knowledge = new KnowledgeFixtures(context);
		UUID published = cycle.granted("Metoder som publicerats", 100_000).grant().id();
		UUID draft = cycle.granted("Metoder i utkast", 100_000).grant().id();
		UUID withoutMethods = cycle.granted("Utan metoder", 100_000).grant().id();
		knowledge.published(item(published, List.of("Motiverande samtal", " ASI ", "Motiverande samtal")));
		knowledge.draft(item(draft, List.of("Brukarskola")));
		knowledge.published(item(withoutMethods, List.of()));

		Map<UUID, List<String>> methods = data.as(data.reader(), bank::publishedMethodsByGrant);

		assertThat(methods.get(published)).containsExactly("Motiverande samtal", "ASI");
		assertThat(methods).doesNotContainKeys(draft, withoutMethods);
	}

	private static KnowledgeItemInput item(UUID grant, List<String> methods) {
		return new KnowledgeItemInput(KnowledgeKind.REPORT, "Rapport " + grant, "Sammanfattning.", null, 2024, grant,
				List.of(), "LUM", List.of("ovrigt"), List.of(), methods, ImplementationStatus.UNKNOWN, null, null);
	}
}
