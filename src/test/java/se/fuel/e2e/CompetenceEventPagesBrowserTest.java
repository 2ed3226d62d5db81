package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Competence development in a real browser: the list and an evaluated event as läsare, the register form as handläggare. */
class CompetenceEventPagesBrowserTest extends BrowserTest {

	@Test
	void a_reader_reads_the_list_an_evaluated_workshop_and_the_overview_and_all_are_accessible() {
		login("lasare");
		clickAndWait(browser().findElement(By.linkText("Kompetensutveckling")));
		assertThat(heading()).isEqualTo("Kompetensutveckling");
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText("Språkets betydelse för att bli självförsörjande")));
		assertThat(find("#at-least-eight").getText().replace('\u00A0', ' ')).isEqualTo("90,0 %");
		assertThat(find("#ten").getText().replace('\u00A0', ' ')).isEqualTo("35,0 %");
		assertThat(find("#rating-chart title").getAttribute("textContent")).contains("Betygsfördelning");
		assertAccessible();
		open("/events/overview");
		assertThat(heading()).isEqualTo("Kompetensutveckling i siffror");
		assertAccessible();
	}

	@Test
	void an_officers_register_form_and_its_errors_and_an_event_with_history_are_accessible() {
		login("handlaggare");
		open("/events");
		clickAndWait("#register-event");
		assertThat(heading()).isEqualTo("Registrera aktivitet");
		assertAccessible();
		clickAndWait("main form button[type=submit]");
		assertThat(find(".govuk-error-summary").getText()).contains("Skriv aktivitetens titel.");
		assertAccessible();
		find("#date").sendKeys("2025-05-20");
		find("#title").sendKeys("Webbläsartestets nätverksträff");
		find("#kind").sendKeys("Nätverksträff");
		find("#otherParticipants").sendKeys("9");
		clickAndWait("main form button[type=submit]");
		assertThat(heading()).isEqualTo("Webbläsartestets nätverksträff");
		assertThat(find("#total-participants").getText()).isEqualTo("9");
		assertAccessible();
	}
}
