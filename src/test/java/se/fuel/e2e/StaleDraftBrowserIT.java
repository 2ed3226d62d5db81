package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fuel.calls.Calls;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13's scenario in Chromium: two Farsta applicants hold the same draft; Fatima saves from her browser (here
 * through the API, as a second browser would), then Karin saves the copy she had open. Karin's save is refused with a
 * message naming who saved and when, her text stays in the form to copy, and Fatima's save stands.
 */
class StaleDraftBrowserIT extends DemoBrowserTest {

	@Autowired
	Calls calls;

	@Autowired
	JsonMapper json;

	@Test
	void the_second_of_two_saves_of_one_draft_is_refused_and_keeps_what_was_typed() throws Exception {
		var lum = calls.all().stream().filter(c -> c.programmeCode().equals("LUM") && c.year() == 2027).findFirst()
			.orElseThrow();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		var created = json.readTree(send("POST", "/api/v1/applications", draft(lum.id(), "Gemensamt utkast " + suffix),
				null).body());
		String id = created.path("id").asString();

		login("farsta2");
		open("/applications/" + id + "/edit");
		assertAccessible();
		type("title", "Karins rubrik " + suffix);

		var fatima = send("PUT", "/api/v1/applications/" + id, draft(lum.id(), "Fatimas rubrik " + suffix),
				"\"" + created.path("version").asLong() + "\"");
		assertThat(fatima.statusCode()).isEqualTo(200);

		clickAndWait("button[value=save]");
		assertThat(find(".govuk-error-summary").getText()).contains("Någon annan (farsta) sparade ändringar",
				"Dina ändringar har inte sparats");
		assertThat(browser().findElement(org.openqa.selenium.By.id("title")).getDomProperty("value"))
			.isEqualTo("Karins rubrik " + suffix);
		assertAccessible();

		var stored = json.readTree(send("GET", "/api/v1/applications/" + id, null, null).body());
		assertThat(stored.path("title").asString()).isEqualTo("Fatimas rubrik " + suffix);
	}

	private static String draft(UUID callId, String title) {
		return """
				{"callId":"%s","title":"%s","requestedAmount":100000,
				 "budgetLines":[{"description":"Lön","amount":100000}]}""".formatted(callId, title);
	}

	/** A request as Fatima (farsta) from another browser, with HTTP Basic. */
	private HttpResponse<String> send(String method, String path, String body, String ifMatch) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("farsta:demo".getBytes()))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
