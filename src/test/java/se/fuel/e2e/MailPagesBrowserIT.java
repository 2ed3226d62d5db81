package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fuel.testdata.TestData;

/** The outbox and the mail choices in a real browser, as the test's own fund officer. */
class MailPagesBrowserIT extends BrowserTest {

	@Autowired
	TestData data;

	@Test
	void the_outbox_and_the_mail_choices_are_accessible() {
		login(data.officer());
		clickAndWait("nav.fuel-nav a[href='/mail/outbox']");
		assertThat(heading()).isEqualTo("Utkorg");
		assertAccessible();
		clickAndWait("nav.fuel-nav a[href='/account/mail']");
		assertThat(heading()).isEqualTo("E-post från Fuel");
		assertAccessible();
		clickAndWait("main form button[type=submit]");
		assertThat(find(".govuk-notification-banner").getText()).contains("Dina val är sparade.");
		assertAccessible();
	}
}
