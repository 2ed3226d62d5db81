package se.fuel.knowledge.search;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.fuel.FuelIntegrationTest;
import se.fuel.knowledge.KnowledgeStatus;
import se.fuel.knowledge.domain.KnowledgeItemRepository;

@FuelIntegrationTest
class DumpDemoItemsTests {
	@Autowired KnowledgeItemRepository items;
	@Test
	@org.springframework.transaction.annotation.Transactional
	void dump() throws Exception {
		StringBuilder out = new StringBuilder();
		items.findAll().stream().filter(i -> i.status() == KnowledgeStatus.PUBLISHED).forEach(i -> out.append(i.year()).append(" | ")
			.append(i.title()).append(" | ").append(i.targetGroups()).append(" | ").append(i.methods()).append(" | ").append(i.areaCodes()).append("\n  S: ")
			.append(i.summary()).append("\n  B: ").append(i.body()).append("\n  O: ").append(i.outcome()).append("\n"));
		Files.writeString(Path.of("/tmp/ks-demo-items.txt"), out);
	}
}
