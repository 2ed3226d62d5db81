package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import se.fuel.knowledge.EvidenceStatus;
import se.fuel.knowledge.MethodCatalogue;
import se.fuel.knowledge.MethodInput;
import se.fuel.knowledge.MethodType;
import se.fuel.testdata.TestData;

/**
 * The methods catalogue in a real browser: reading the test's own method as a reader, the form with errors as a fund
 * officer.
 */
class MethodCataloguePagesBrowserIT extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	MethodCatalogue catalogue;

	@Test
	void a_reader_reads_the_catalogue_and_a_method_and_both_are_accessible() {
		String name = "Vägledande samspel " + UUID.randomUUID().toString().substring(0, 8);
		data.run(data.officer(), () -> catalogue.create(new MethodInput(name, MethodType.INTERVENTION,
				"Tonårsföräldrar", "Stärka samspelet i familjen", null, null, EvidenceStatus.LOCAL_FOLLOW_UP, null,
				null, List.of(), List.of())));

		login(data.reader());
		open("/knowledge");
		clickAndWait("#knowledge-methods");
		assertThat(heading()).isEqualTo("Metodkatalog");
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText(name)));
		assertThat(browser().getCurrentUrl()).contains("/knowledge/methods/");
		assertThat(heading()).isEqualTo(name);
		assertThat(find("#evidence-explanation").getText()).isNotBlank();
		assertAccessible();
	}

	@Test
	void an_officers_method_form_with_errors_is_accessible() {
		login(data.officer());
		open("/knowledge/methods/new");
		assertThat(heading()).isEqualTo("Ny metod");
		assertAccessible();
		clickAndWait("main form button[type=submit]");
		assertThat(find(".govuk-error-summary").getText()).contains("Skriv metodens namn.");
		assertAccessible();
	}
}
