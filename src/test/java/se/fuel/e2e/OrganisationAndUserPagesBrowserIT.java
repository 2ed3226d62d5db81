package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import se.fuel.identity.Identity;
import se.fuel.organisations.OrganisationInput;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.OrganisationManagement;
import se.fuel.organisations.Organisations;
import se.fuel.organisations.Succession;
import se.fuel.testdata.TestData;

/**
 * The register of organisations and the user administration in a real browser, checked with axe-core, over the
 * test's own districts (one that merged twice, as Rinkeby did) and its own applicant.
 */
class OrganisationAndUserPagesBrowserIT extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	OrganisationManagement management;

	@Autowired
	Organisations organisations;

	@Autowired
	Identity identity;

	@Test
	void the_register_its_filter_and_an_organisations_lineage_are_accessible() {
		String officer = data.officer();
		String name = "Stadsdel " + UUID.randomUUID().toString().substring(0, 8);
		UUID today = district(officer, name + " idag", LocalDate.of(2020, 1, 1), null, null);
		UUID merged = district(officer, name + " sammanslagen", LocalDate.of(2007, 1, 1), LocalDate.of(2019, 12, 31),
				today);
		district(officer, name + " först", LocalDate.of(1997, 1, 1), LocalDate.of(2006, 12, 31), merged);

		login(officer);
		clickAndWait("nav.fuel-nav a[href='/organisations']");
		assertThat(heading()).isEqualTo("Organisationer");
		assertThat(find("main table").getText()).contains("Gick upp i " + name + " idag 2020-01-01");
		assertAccessible();
		clickAndWait("main a[href='/organisations?visa=historical']");
		assertThat(find("main table caption").getText()).isEqualTo("Upphörda organisationer");
		assertAccessible();
		follow(name + " först");
		assertThat(heading()).isEqualTo(name + " först");
		assertThat(find("main").getText()).contains("Efterföljare", name + " sammanslagen", name + " idag",
				"Händelser");
		assertAccessible();
	}

	/** A district of the period that, if it ended, merged into the successor. */
	private UUID district(String officer, String name, LocalDate from, LocalDate to, UUID successor) {
		var input = new OrganisationInput("e2e-" + UUID.randomUUID().toString().substring(0, 12), name,
				OrganisationKind.DISTRICT, null, from, to, successor, successor == null ? null : Succession.MERGED_INTO,
				null);
		return data.as(officer, () -> management.create(input).organisation().id());
	}

	@Test
	void the_organisation_form_and_its_error_summary_are_accessible() {
		login(data.officer());
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
		UUID district = data.district();
		String applicant = data.applicant(district);
		String name = data.as(applicant, identity::current).displayName();

		login(data.admin());
		clickAndWait("nav.fuel-nav a[href='/admin/users']");
		assertThat(heading()).isEqualTo("Användare");
		assertAccessible();
		follow(name);
		assertThat(find("main").getText()).contains("Sökande", organisations.nameOf(district), "Händelser");
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
