package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13's scenario in Chromium: two applicants of one district hold the same draft; Fatima saves from her browser
 * (here through the API, as a second browser would), then Karin saves the copy she had open. Karin's save is refused
 * with a message naming who saved and when, her text stays in the form to copy, and Fatima's save stands.
 */
class StaleDraftBrowserIT extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	RoundJourneys journeys;

	@BeforeEach
	void journeys() {
		journeys = new RoundJourneys(context, url(""));
	}

	@Test
	void the_second_of_two_saves_of_one_draft_is_refused_and_keeps_what_was_typed() throws Exception {
		UUID district = journeys.data.district();
		String fatima = journeys.data.applicant(district);
		String karin = journeys.data.applicant(district);
		UUID call = journeys.cycle.call(journeys.cycle.year());
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		var created = json.readTree(journeys.send(fatima, "POST", "/api/v1/applications",
				draft(call, "Gemensamt utkast " + suffix), null).body());
		String id = created.path("id").asString();

		login(karin);
		open("/applications/" + id + "/edit");
		assertAccessible();
		type("title", "Karins rubrik " + suffix);

		var saved = journeys.send(fatima, "PUT", "/api/v1/applications/" + id, draft(call, "Fatimas rubrik " + suffix),
				"\"" + created.path("version").asLong() + "\"");
		assertThat(saved.statusCode()).isEqualTo(200);

		clickAndWait("button[value=save]");
		assertThat(find(".govuk-error-summary").getText()).contains("Någon annan (" + fatima + ") sparade ändringar",
				"Dina ändringar har inte sparats");
		assertThat(browser().findElement(By.id("title")).getDomProperty("value")).isEqualTo("Karins rubrik " + suffix);
		assertAccessible();

		var stored = json.readTree(journeys.send(fatima, "GET", "/api/v1/applications/" + id, null, null).body());
		assertThat(stored.path("title").asString()).isEqualTo("Fatimas rubrik " + suffix);
	}

	private static String draft(UUID callId, String title) {
		return """
				{"callId":"%s","title":"%s","requestedAmount":100000,
				 "budgetLines":[{"description":"Lön","amount":100000}]}""".formatted(callId, title);
	}
}
