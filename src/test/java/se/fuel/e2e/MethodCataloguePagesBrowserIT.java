package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The methods catalogue in a real browser: reading as läsare, the form with errors as handläggare. */
class MethodCataloguePagesBrowserIT extends DemoBrowserTest {

	@Test
	void a_reader_reads_the_catalogue_and_a_method_and_both_are_accessible() {
		login("lasare");
		open("/knowledge");
		clickAndWait("#knowledge-methods");
		assertThat(heading()).isEqualTo("Metodkatalog");
		assertAccessible();
		clickAndWait("main table a[href^='/knowledge/methods/']");
		assertThat(find("#evidence-explanation").getText()).isNotBlank();
		assertAccessible();
	}

	@Test
	void an_officers_method_form_with_errors_is_accessible() {
		login("handlaggare");
		open("/knowledge/methods/new");
		assertThat(heading()).isEqualTo("Ny metod");
		assertAccessible();
		clickAndWait("main form button[type=submit]");
		assertThat(find(".govuk-error-summary").getText()).contains("Skriv metodens namn.");
		assertAccessible();
	}
}
