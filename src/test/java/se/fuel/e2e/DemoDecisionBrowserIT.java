package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The demo's decision of 2024 in a real Chromium, with axe-core on its pages. Stays on the demo because it checks the
 * demo itself: the 2024 round's decision reproduced from the source document (seeds/002), with its amounts, its two
 * attestations and the committee's paragraph. The cycle's own decisions are walked in {@link DecisionScenarioBrowserIT}.
 */
class DemoDecisionBrowserIT extends DemoBrowserTest {

	@Test
	void the_2024_demo_decision_reads_as_seeds_002_with_its_attestations() {
		login("handlaggare");
		open("/decisions/2024");
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText("Version 1")));
		String text = find("main").getText().replace('\u00a0', ' ');
		assertThat(text).contains("Beslutad", "3 000 000", "198 400", "3 198 400", "Attesterat av",
				"Veronica Wolgast Carstorp", "Lina Blombergsson", "2023-11-30", "2023-12-19, § 7");
		assertThat(find("main a[href$='.pdf']").getText()).isEqualTo("Ladda ner som PDF");
		assertAccessible();
	}
}
