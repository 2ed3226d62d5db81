package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.fuel.applications.ApplicationContent;
import se.fuel.applications.internal.StoredApplications;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.CommitteeDecided;
import se.fuel.decisions.DecisionOutcome;

/** The report (redovisning) in a real browser, checked with axe-core: the applicant's form and the officer's view. */
class GrantReportBrowserIT extends DemoBrowserTest {

	@Autowired
	Calls calls;

	@Autowired
	StoredApplications applications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEventPublisher events;

	/** A Farsta grant of 2027 under way, from a committee decision published here. */
	UUID grantUnderWay() {
		CallView lum = calls.all().stream().filter(c -> c.programmeCode().equals("LUM") && c.year() == 2027)
			.findFirst().orElseThrow();
		UUID farsta = jdbc.sql("select id from organisation where code = 'farsta'").query(UUID.class).single();
		String title = "Webbtest av redovisning " + UUID.randomUUID().toString().substring(0, 8);
		String number = "E2E " + UUID.randomUUID().toString().substring(0, 12);
		transaction.executeWithoutResult(tx -> {
			UUID a = applications.submitted(lum.id(), farsta, new ApplicationContent(title, "Test", "test@example.se", null,
					null, null, List.of(new ApplicationContent.Line("Lön", 300_000)), 300_000L,
					LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Set.of(), null, null, null, false), number);
			events.publishEvent(new CommitteeDecided(2027, UUID.randomUUID(), LocalDate.of(2026, 12, 10), "§ 3",
					List.of(new ApplicationOutcome(a, lum.id(), number, title, "LUM", 2027, farsta,
							DecisionOutcome.GRANTED, 300_000, 300_000, "", LocalDate.of(2026, 12, 10), "§ 3"))));
		});
		UUID grant = jdbc.sql("select id from fund_grant where title = ?").param(title).query(UUID.class).single();
		jdbc.sql("update fund_grant set status = 'IN_PROGRESS' where id = ?").param(grant).update();
		return grant;
	}

	@Test
	void the_report_form_and_the_officers_view_are_accessible_with_and_without_errors() {
		UUID grant = grantUnderWay();
		login("farsta");
		open("/grants/" + grant);
		clickAndWait("#report-link");
		assertThat(heading()).isEqualTo("Redovisning");
		assertAccessible();

		find("#lines-0-description").sendKeys("Lön");
		find("#lines-0-granted").sendKeys("300000");
		find("#lines-0-actual").sendKeys("260000");
		find("#outcome-arbete-women").sendKeys("4");
		clickAndWait("button[value=submit]");
		assertThat(find(".govuk-error-summary").getText())
			.contains("Vad som genomförts måste fyllas i innan redovisningen lämnas in.");
		assertAccessible();

		find("#whatWasDone").sendKeys("Jobbcoachning för unga vuxna");
		find("#participantsWomen").sendKeys("6");
		find("#participantsMen").sendKeys("5");
		find("#participantsOther").sendKeys("0");
		find("#experiences").sendKeys("Tät kontakt gav resultat");
		find("#implementationPlan-no").click();
		find("#proposals").sendKeys("Fortsätt i egen regi");
		clickAndWait("button[value=submit]");
		assertThat(find("main").getText()).contains("Redovisningen är inlämnad.", "40 000 kronor");
		assertAccessible();
		logout();

		login("handlaggare");
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
		UUID grant = grantUnderWay();
		java.nio.file.Path pdf = java.nio.file.Files.createTempFile("slutrapport", ".pdf");
		java.nio.file.Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
		java.nio.file.Path text = java.nio.file.Files.createTempFile("inte-pdf", ".pdf");
		java.nio.file.Files.writeString(text, "bara text");
		login("farsta");
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

		login("handlaggare");
		open("/grants/" + grant + "/report");
		assertThat(find("#report-attachments").getText()).contains(pdf.getFileName().toString());
		find("#coordinatorComment").sendKeys("Redovisningen har ännu inte kommit in.");
		clickAndWait("form[action$='/coordinator-comment'] button[type=submit]");
		assertThat(find("#report-comment").getText()).isEqualTo("Redovisningen har ännu inte kommit in.");
		assertAccessible();
	}
}
