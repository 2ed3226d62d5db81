package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import se.fuel.testdata.FundCycle;

/**
 * The second half of the fund cycle in a real Chromium, with axe-core on every page on the way: the officer allocates
 * a round of a year of the test's own whose recommendations exceed the LUM budget, is stopped naming the budget,
 * lowers an amount in place, finalises and sends the document to both attestants; each attests; the officer records the committee's decision;
 * Farsta sees the outcome. The round is set up through the API as the applicants and the officer would.
 */
class DecisionScenarioBrowserIT extends DemoBrowserTest {

	@Autowired
	FundCycle cycle;

	// The committee cannot decide in the future; the day itself is made up.
	static final String DECIDED_ON = "2025-12-16";

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	final String farstaTitle = "Samordnat stöd " + tag;

	final String sodermalmTitle = "Tidiga samtal " + tag;

	@Test
	void allocate_over_budget_fix_finalise_attest_decide_and_the_applicant_sees_the_outcome() throws Exception {
		int year = cycle.year();
		String callTitle = "Lokala utvecklingsmedel " + year + " " + tag;
		String callId = created("handlaggare", "/api/v1/calls", """
				{"programme":"LUM","year":%d,"title":"%s","budget":500000,
				 "opensAt":"%s","closesAt":"%s","maxAmountPerApplication":400000,
				 "maxGrantsPerOrganisation":3,"capGroup":"LUM+MUL %d %s","longestPeriodMonths":12,
				 "mainCriteria":["Nya arbetssätt"],"priorityAreas":["Tidigt stöd"],"requiredSections":["method"],
				 "wordLimits":{},"reportDueDate":"%d-02-28","repaymentNoticeDate":"%d-06-02","published":true,
				 "registrationPrefix":"FoU"}"""
			.formatted(year, callTitle, Instant.now().minus(1, ChronoUnit.DAYS),
					Instant.now().plus(30, ChronoUnit.DAYS), year, tag, year + 1, year));
		String farsta = submittedAndGranted("farsta", callId, year, farstaTitle, 300_000);
		String sodermalm = submittedAndGranted("sodermalm", callId, year, sodermalmTitle, 300_000);

		login("handlaggare");
		open("/allocation/" + year);
		assertThat(find("main").getText()).contains(farstaTitle, sodermalmTitle);
		assertAccessible();
		clickButton("Fastställ fördelningen");
		assertThat(find(".govuk-error-summary").getText()).contains(callTitle);
		assertAccessible();

		// The workbench posts a changed amount with htmx and swaps in the new totals.
		WebElement amount = find("#amount-" + sodermalm);
		// Selected and overtyped: clearing would itself be a change, posted at once as an empty amount. Leaving the
		// field by clicking the heading keeps the focus off the buttons, whose focus style axe measures mid-change.
		amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "200000");
		find("h1").click();
		new WebDriverWait(browser(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(d -> find("#grand-total").getText().replace('\u00a0', ' ').contains("500 000"));
		assertThat(browser().findElements(By.cssSelector("#violations"))).isEmpty();
		assertAccessible();
		clickButton("Fastställ fördelningen");
		assertThat(browser().getCurrentUrl()).contains("/decisions/documents/");
		String documentPath = browser().getCurrentUrl().replace(url(""), "");
		assertThat(heading()).isNotBlank();
		assertThat(find("main").getText().replace('\u00a0', ' '))
			.contains("Fastställd", "Version 1", "500 000 kronor", farstaTitle, sodermalmTitle);
		assertAccessible();

		check("Veronica Wolgast Carstorp");
		check("Lina Blombergsson");
		clickButton("Skicka för attest");
		assertThat(find("main").getText()).contains("Skickad för attest", "Väntar");
		assertAccessible();

		for (String attestant : new String[] { "socialdirektor", "avdelningschef" }) {
			logout();
			login(attestant);
			clickAndWait("nav.fuel-nav a[href='/decisions/attest']");
			assertAccessible();
			clickAndWait(browser().findElement(By.cssSelector("main a[href='" + documentPath + "']")));
			assertAccessible();
			clickButton("Attestera");
			assertThat(find(".govuk-notification-banner").getText()).contains("attesterat");
			assertAccessible();
		}

		logout();
		login("handlaggare");
		open(documentPath);
		assertThat(find("main").getText()).contains("Attesterad", "Registrera nämndens beslut");
		assertAccessible();
		type("decidedOn", DECIDED_ON);
		type("paragraph", "§ 5");
		find("label[for='asProposed']").click();
		clickButton("Registrera beslutet");
		assertThat(find("main").getText()).contains("Beslutad", DECIDED_ON + ", § 5", "Beslutat enligt förslaget");
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText("Alla versioner för " + year)));
		assertThat(find("main").getText()).contains("Version 1", "Beslutad");
		assertAccessible();

		logout();
		login("farsta");
		clickAndWait("nav.fuel-nav a[href='/decisions/outcomes']");
		String outcomes = find("main").getText().replace('\u00a0', ' ');
		assertThat(outcomes).contains(farstaTitle, "Beviljad", "300 000", DECIDED_ON + ", § 5")
			.doesNotContain(sodermalmTitle);
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText(farstaTitle)));
		new WebDriverWait(browser(), Duration.ofSeconds(30))
			.until(d -> !d.findElements(By.id("outcome-heading")).isEmpty());
		assertThat(find("main").getText()).contains("Nämndens beslut", "Beviljad");
		assertAccessible();
		assertThat(farsta).isNotBlank();
	}

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

	private String submittedAndGranted(String user, String callId, int year, String title, long amount) throws Exception {
		String id = created(user, "/api/v1/applications", """
				{"callId":"%s","title":"%s","contactName":"Test","contactEmail":"test@stockholm.example",
				 "targetGroup":"Unga","problem":"Problem","goals":"Mål","method":"Metod","implementationPlan":"Plan",
				 "genderAnalysis":"Analys","requestedAmount":%d,"budgetLines":[{"description":"Lön","amount":%d}],
				 "priorityAreas":[],"startDate":"%d-02-01","endDate":"%d-11-30"}"""
			.formatted(callId, title, amount, amount, year, year));
		assertThat(send(user, "POST", "/api/v1/applications/" + id + "/submit", null).statusCode()).isEqualTo(200);
		var assessed = send("handlaggare", "PUT", "/api/v1/assessments/" + id, """
				{"criteria":[{"met":true,"motivation":"Nytt arbetssätt"}],"priorityAreas":[true],
				 "recommendation":"GRANT","motivation":"Uppfyller kriterierna"}""");
		assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
		return id;
	}

	private String created(String user, String path, String json) throws Exception {
		var response = send(user, "POST", path, json);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JsonPath.read(response.body(), "$.id");
	}

	private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
		String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
		var request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}


	private void check(String label) {
		browser().findElement(By.xpath("//main//label[normalize-space()='" + label + "' or starts-with(normalize-space(), '"
				+ label + ",')]")).click();
	}

	private void clickButton(String text) {
		clickAndWait(browser().findElement(By.xpath("//main//button[normalize-space()='" + text + "']")));
	}
}
