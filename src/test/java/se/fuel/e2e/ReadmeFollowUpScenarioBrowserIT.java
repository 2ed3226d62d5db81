package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The follow-up scenario of docs/product.md, word for word, on the demo's own grant: as farsta, Beviljade medel → Digital Lots
 * för samsjukliga (2024) → Redovisning, a report leaving 40 000 kronor unused with outcomes by gender, handed in; the
 * officer returns it with a message; farsta completes and hands in again; the officer approves with a comment and
 * records the repayment on the grant page. Digital Lots' project plan is published in the knowledge bank already, so
 * the approval also shows that the report waits as the plan's next draft (issue 13: this approval was a 500) until the
 * officer publishes it. The browser tests' database is their own, and no other test reads this report.
 */
class ReadmeFollowUpScenarioBrowserIT extends DemoBrowserTest {

	static final String LOTS = "Digital Lots för samsjukliga";

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	final String message = "Ange utfallen för alla deltagare " + tag + ".";

	final String comment = "Lotsen nådde dem som annars hade avbrutit " + tag + ".";

	@Test
	void the_readme_scenario_on_digital_lots_ends_approved_with_the_repayment_and_the_report_waiting_in_the_knowledge_bank() {
		login("farsta");
		clickAndWait("nav.fuel-nav a[href='/grants']");
		clickAndWait(browser().findElement(By.linkText(LOTS)));
		String grantPath = browser().getCurrentUrl().substring(url("").length());
		assertThat(mainText()).contains("Pågår", "500 000 kronor");
		clickAndWait("#report-link");
		assertThat(heading()).isEqualTo("Redovisning");
		String reportPath = grantPath + "/report";

		type("lines-0-description", "Lön till lotsen");
		type("lines-0-granted", "400000");
		type("lines-0-actual", "370000");
		type("lines-1-description", "Digital plattform");
		type("lines-1-granted", "100000");
		type("lines-1-actual", "90000");
		type("whatWasDone", "Digital lotsning för vuxna med samsjuklighet i Farsta");
		type("participantsWomen", "14");
		type("participantsMen", "17");
		type("participantsOther", "1");
		type("outcome-arbete-women", "3");
		type("outcome-arbete-men", "2");
		type("outcome-studier-women", "1");
		type("experiences", "Chatten sänkte tröskeln till första kontakten");
		find("#implementationPlan").click();
		type("implementationPlanHow", "Lotsen blir en del av beroendevårdens mottagning");
		type("proposals", "Pröva lotsen för unga vuxna");
		clickAndWait("button[value=submit]");
		assertThat(find("#report-status").getText()).isEqualTo("Inlämnad");
		assertThat(find("#report-remainder").getText()).isEqualTo("40 000 kronor");
		assertAccessible();
		logout();

		login("handlaggare");
		open(reportPath);
		assertThat(mainText()).contains("Digital lotsning för vuxna med samsjuklighet i Farsta", "Godkänn redovisningen");
		type("message", message);
		clickAndWait("form[action$='/report/return'] button[type=submit]");
		assertThat(find("#report-status").getText()).isEqualTo("Återskickad för komplettering");
		logout();

		login("farsta");
		open(reportPath);
		assertThat(find("#report-return-message").getText()).isEqualTo(message);
		type("outcome-fortsatt-stod-men", "4");
		type("experiences", "Chatten sänkte tröskeln till första kontakten; alla 32 följdes upp");
		clickAndWait("button[value=submit]");
		assertThat(find("#report-status").getText()).isEqualTo("Inlämnad");
		logout();

		login("handlaggare");
		open(reportPath);
		type("comment", comment);
		clickAndWait("form[action$='/report/approve'] button[type=submit]");
		assertThat(heading()).isEqualTo("Redovisning");
		assertThat(find("#report-status").getText()).isEqualTo("Godkänd");
		assertThat(find("#report-comment").getText()).isEqualTo(comment);
		assertAccessible();

		// The knowledge bank: the published project plan stays, the report waits as its draft.
		clickAndWait("nav.fuel-nav a[href='/knowledge']");
		clickAndWait("#knowledge-drafts");
		assertThat(find("#knowledge-report-drafts").getText()).contains(LOTS, "Utkast från redovisning väntar");
		assertAccessible();
		clickAndWait(find("#knowledge-report-drafts").findElement(By.linkText(LOTS)));
		String itemPath = browser().getCurrentUrl().substring(url("").length());
		assertThat(find(".govuk-caption-l").getText()).startsWith("Projektplan");
		assertThat(find("#report-draft-notice").getText()).contains("Rapport");
		assertAccessible();
		logout();

		login("farsta");
		open(reportPath);
		assertThat(find("#report-status").getText()).isEqualTo("Godkänd");
		assertThat(find("#report-comment").getText()).isEqualTo(comment);
		open(itemPath);
		assertThat(find(".govuk-caption-l").getText()).startsWith("Projektplan");
		assertThat(browser().findElements(By.id("report-draft"))).isEmpty();
		open(grantPath);
		assertThat(find("#notice-offered").getText()).contains("40 000 kronor");
		type("notice-note", "Plattformen blev billigare än budgeterat");
		clickAndWait(find("form[action$='/repayment-notice'] button[type=submit]"));
		assertThat(find("#money-notified").getText()).contains("40 000 kronor");
		assertThat(find("#money-outstanding").getText()).contains("40 000 kronor", "Återbetalning saknas");
		logout();

		login("handlaggare");
		open(grantPath);
		type("repayment-paidOn", LocalDate.now(ZoneId.of("Europe/Stockholm")).toString());
		type("repayment-amount", "40000");
		clickAndWait(find("form[action$='/repayments'] button[type=submit]"));
		assertThat(find("#money-received").getText()).isEqualTo("40 000 kronor");
		assertThat(find("#money-outstanding").getText()).contains("0 kronor").doesNotContain("Återbetalning saknas");
		assertThat(mainText()).contains("Godkänd");
		assertAccessible();
		open(itemPath);
		clickAndWait("#report-draft-publish");
		assertThat(find(".govuk-notification-banner").getText()).contains("Utkastet från redovisningen är publicerat.");
		assertThat(find(".govuk-caption-l").getText()).startsWith("Rapport");
		assertThat(browser().findElements(By.id("report-draft"))).isEmpty();
		logout();

		login("farsta");
		open(itemPath);
		assertThat(find(".govuk-caption-l").getText()).startsWith("Rapport");
		assertThat(find("#summary").getText()).contains("alla 32 följdes upp");
	}
}
