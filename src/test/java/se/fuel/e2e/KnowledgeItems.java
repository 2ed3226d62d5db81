package se.fuel.e2e;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.testdata.TestData;

/**
 * A knowledge browser test's own published reports, made by its own fund officer through {@link KnowledgeBank} as the
 * officer's form does. {@link se.fuel.knowledge.KnowledgeFixtures} does the same for MockMvc tests but needs their
 * MockMvc, which the browser tests' context on a real port has not. Each test files its items under a programme code
 * of its own, so that a search filtered on it ({@code programme=}) sees that test's items only.
 */
final class KnowledgeItems {

	private final TestData data;

	private final KnowledgeBank bank;

	private final String officer;

	private final String programme = "T" + UUID.randomUUID().toString().substring(0, 8);

	KnowledgeItems(ApplicationContext context) {
		this.data = context.getBean(TestData.class);
		this.bank = context.getBean(KnowledgeBank.class);
		this.officer = data.officer();
	}

	/** The programme code this test's items are filed under. */
	String programme() {
		return programme;
	}

	/** A published report of the year under the areas (publishing needs one; "ovrigt" is in every database). */
	UUID report(String title, String summary, int year, List<String> areaCodes, List<String> targetGroups,
			List<String> methods) {
		var input = new KnowledgeItemInput(KnowledgeKind.REPORT, title, summary, null, year, null, List.of(), programme,
				areaCodes, targetGroups, methods, ImplementationStatus.IMPLEMENTED, null, null);
		return data.as(officer, () -> bank.publish(bank.create(input).id()).id());
	}

	UUID report(String title, String summary, int year) {
		return report(title, summary, year, List.of("ovrigt"), List.of(), List.of());
	}
}
