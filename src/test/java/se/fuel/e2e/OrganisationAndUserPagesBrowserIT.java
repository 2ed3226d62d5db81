package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The register of organisations and the user administration in a real browser, checked with axe-core. */
class OrganisationAndUserPagesBrowserIT extends DemoBrowserTest {

	@Test
	void the_register_its_filter_and_an_organisations_lineage_are_accessible() {
		login("handlaggare");
		clickAndWait("nav.fuel-nav a[href='/organisations']");
		assertThat(heading()).isEqualTo("Organisationer");
		assertThat(find("main table").getText()).contains("Gick upp i Järva 2020-01-01");
		assertAccessible();
		clickAndWait("main a[href='/organisations?visa=historical']");
		assertThat(find("main table caption").getText()).isEqualTo("Upphörda organisationer");
		assertAccessible();
		follow("Rinkeby");
		assertThat(heading()).isEqualTo("Rinkeby");
		assertThat(find("main").getText()).contains("Efterföljare", "Rinkeby-Kista", "Järva", "Händelser");
		assertAccessible();
	}

	@Test
	void the_organisation_form_and_its_error_summary_are_accessible() {
		login("handlaggare");
		open("/organisations/new");
		assertThat(heading()).isEqualTo("Lägg till organisation");
		assertAccessible();
		find("#code").sendKeys("Fel Kod");
		find("#validFrom").sendKeys("2020-01-01");
		find("#validTo").sendKeys("2019-01-01");
		clickAndWait("main form button[type=submit]");
		assertThat(find(".govuk-error-summary").getText()).contains("Namn måste anges.", "Typ av organisation måste väljas.");
		assertThat(find("#code").getAttribute("value")).isEqualTo("Fel Kod");
		assertAccessible();
	}

	@Test
	void the_user_administration_pages_are_accessible() {
		login("admin");
		clickAndWait("nav.fuel-nav a[href='/admin/users']");
		assertThat(heading()).isEqualTo("Användare");
		assertAccessible();
		follow("Fatima Ahmed");
		assertThat(find("main").getText()).contains("Sökande", "Farsta", "Händelser");
		assertAccessible();
		follow("Ändra användare");
		assertAccessible();
		open("/admin/users/new");
		assertAccessible();
		find("#username").sendKeys("Fel Namn");
		find("#password").sendKeys("kort");
		clickAndWait("main form button[type=submit]");
		assertThat(find(".govuk-error-summary").getText()).contains("Lösenord måste vara minst 12 tecken");
		assertAccessible();
	}

	/** Goes where the link with this text points. */
	private void follow(String linkText) {
		browser().get(browser().findElement(By.linkText(linkText)).getAttribute("href"));
	}
}
