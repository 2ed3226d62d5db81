package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import se.fuel.events.CompetenceEvents;
import se.fuel.events.EventInput;
import se.fuel.events.EventKind;
import se.fuel.testdata.TestData;

/**
 * Competence development in a real browser, checked with axe-core: the list, an evaluated event and the overview
 * with its chart (as it was and rolled up) as a reader, over the test's own evaluated workshop; the register form and
 * its errors, the new event, a refused rating file, refused typed counts and the edit form as a fund officer.
 */
class CompetenceEventPagesBrowserIT extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	CompetenceEvents events;

	@Autowired
	Clock clock;

	@Test
	void a_reader_reads_the_list_an_evaluated_workshop_and_the_overview_and_all_are_accessible() {
		String title = "Språkets betydelse " + UUID.randomUUID().toString().substring(0, 8);
		data.run(data.officer(), () -> {
			var event = events.register(new EventInput(LocalDate.now(clock).minusDays(7), title, EventKind.WORKSHOP,
					"FoU-enheten", "Handläggare", null, List.of(), 20, null));
			// Twenty answers: 18 of them 8 or more (90 %), 7 of them 10 (35 %).
			events.enterRatings(event.id(), Map.of(10, 7, 9, 6, 8, 5, 5, 2));
		});

		login(data.reader());
		clickAndWait(browser().findElement(By.linkText("Kompetensutveckling")));
		assertThat(heading()).isEqualTo("Kompetensutveckling");
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText(title)));
		assertThat(find("#at-least-eight").getText().replace('\u00A0', ' ')).isEqualTo("90,0 %");
		assertThat(find("#ten").getText().replace('\u00A0', ' ')).isEqualTo("35,0 %");
		assertThat(find("#rating-chart title").getAttribute("textContent")).contains("Betygsfördelning");
		assertAccessible();
		open("/events/overview");
		assertThat(heading()).isEqualTo("Kompetensutveckling i siffror");
		assertThat(find("#participant-chart title").getAttribute("textContent")).isEqualTo("Deltagare per år");
		assertAccessible();
		clickAndWait("#lineage-switch");
		assertThat(browser().getCurrentUrl()).contains("today=true");
		assertAccessible();
	}

	@Test
	void an_officers_register_form_and_its_errors_and_an_event_with_history_are_accessible() throws Exception {
		login(data.officer());
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
		String event = browser().getCurrentUrl();

		// A rating file with a line that is no rating: nothing is stored and the page lists the line.
		Path file = Files.createTempFile("betyg-", ".csv");
		Files.writeString(file, "betyg\n10\nelva\n", StandardCharsets.UTF_8);
		find("#file").sendKeys(file.toAbsolutePath().toString());
		clickAndWait("#import-ratings");
		assertThat(find(".govuk-error-summary").getText()).contains("Rad 3");
		assertAccessible();
		Files.deleteIfExists(file);

		// Counts typed by hand with one that is not a number.
		browser().get(event);
		find("#rating-8").clear();
		find("#rating-8").sendKeys("åtta");
		clickAndWait("#save-ratings");
		assertThat(find(".govuk-error-summary").getText()).contains("betyg 8");
		assertAccessible();

		browser().get(event);
		clickAndWait("#edit-event");
		assertThat(find("#title").getAttribute("value")).isEqualTo("Webbläsartestets nätverksträff");
		assertAccessible();
	}
}
