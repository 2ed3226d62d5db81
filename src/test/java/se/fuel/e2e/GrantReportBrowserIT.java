package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The report (redovisning) in a real browser, checked with axe-core: the applicant's form and the officer's view. */
class GrantReportBrowserIT extends BrowserTest {

	@Autowired
	ApplicationContext context;

	GrantJourneys.Applicant applicant;

	String officer;

	UUID grant;

	/** A grant of 300 000 kronor to a district of its own, decided in a year of its own and under way. */
	@BeforeEach
	void grantUnderWay() throws Exception {
		var journeys = new GrantJourneys(context);
		applicant = journeys.applicant();
		officer = journeys.officer();
		var granted = journeys.granted(applicant,
				"Webbtest av redovisning " + UUID.randomUUID().toString().substring(0, 8), 300_000, "§ 3");
		journeys.underWay(granted);
		grant = granted.id();
	}

	@Test
	void the_report_form_and_the_officers_view_are_accessible_with_and_without_errors() {
		login(applicant.username());
		open("/grants/" + grant);
		clickAndWait("#report-link");
		assertThat(heading()).isEqualTo("Redovisning");
		assertThat(find("#participantsOther").getDomProperty("value")).as("an empty count starts at 0").isEqualTo("0");
		assertAccessible();

		type("lines-0-description", "Lön");
		type("lines-0-granted", "300000");
		type("lines-0-actual", "260000");
		find("#outcome-arbete-women").sendKeys("4");
		clickAndWait("button[value=submit]");
		assertThat(find(".govuk-error-summary").getText())
			.contains("Vad som genomförts måste fyllas i innan redovisningen lämnas in.");
		assertAccessible();

		find("#whatWasDone").sendKeys("Jobbcoachning för unga vuxna");
		type("participantsWomen", "6");
		type("participantsMen", "5");
		type("participantsOther", "0");
		find("#experiences").sendKeys("Tät kontakt gav resultat");
		find("#implementationPlan-no").click();
		find("#proposals").sendKeys("Fortsätt i egen regi");
		clickAndWait("button[value=submit]");
		assertThat(find("main").getText()).contains("Redovisningen är inlämnad.", "40 000 kronor");
		assertAccessible();
		logout();

		login(officer);
		open("/grants/" + grant + "/report");
		assertThat(find("main").getText()).contains("Jobbcoachning för unga vuxna", "Godkänn redovisningen");
		assertAccessible();
		clickAndWait("form[action$='/report/return'] button[type=submit]");
		assertThat(find(".govuk-error-summary").getText()).contains("Meddelande måste anges");
		assertAccessible();
		find("#message").sendKeys("Beskriv utfallen för alla deltagare.");
		clickAndWait("form[action$='/report/return'] button[type=submit]");
		assertThat(find("#report-status").getText()).isEqualTo("Återskickad för komplettering");
		assertAccessible();
	}

	@Test
	void the_report_files_and_the_coordinators_comment_are_accessible() throws Exception {
		java.nio.file.Path pdf = java.nio.file.Files.createTempFile("slutrapport", ".pdf");
		java.nio.file.Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
		java.nio.file.Path text = java.nio.file.Files.createTempFile("inte-pdf", ".pdf");
		java.nio.file.Files.writeString(text, "bara text");
		login(applicant.username());
		open("/grants/" + grant + "/report");
		find("#file").sendKeys(text.toAbsolutePath().toString());
		clickAndWait("form[action$='/report/attachments'] button[type=submit]");
		assertThat(find(".govuk-error-summary").getText()).contains("måste vara en PDF-, Word- eller Excel-fil");
		assertAccessible();
		new org.openqa.selenium.support.ui.Select(find("#kind")).selectByVisibleText("Slutrapport");
		find("#file").sendKeys(pdf.toAbsolutePath().toString());
		clickAndWait("form[action$='/report/attachments'] button[type=submit]");
		assertThat(find("#report-attachments").getText()).contains("Slutrapport", pdf.getFileName().toString());
		assertAccessible();
		logout();

		login(officer);
		open("/grants/" + grant + "/report");
		assertThat(find("#report-attachments").getText()).contains(pdf.getFileName().toString());
		find("#coordinatorComment").sendKeys("Redovisningen har ännu inte kommit in.");
		clickAndWait("form[action$='/coordinator-comment'] button[type=submit]");
		assertThat(find("#report-comment").getText()).isEqualTo("Redovisningen har ännu inte kommit in.");
		assertAccessible();
	}
}
