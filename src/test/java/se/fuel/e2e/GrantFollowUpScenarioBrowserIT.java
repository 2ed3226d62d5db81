package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fuel.grants.GrantView;
import se.fuel.testdata.FundCycle;

/**
 * Issue 4's scenario in a real Chromium, with axe-core on every page on the way: a district of the test's own reports
 * on its grant (of a year of the test's own, decided today, paid and under way) with 40 000 kronor unused and outcomes
 * by gender, sees the remainder offered as the repayment and hands the report in; the officer returns it with a
 * message, which is mailed; the district reads the message, completes and hands in again; the officer approves with
 * the coordinator's comment; the district notifies the 40 000 kronor its grant page offers and the officer records
 * them received.
 */
class GrantFollowUpScenarioBrowserIT extends BrowserTest {

	// A year of the test's own: a round is decided for every application of its year.
	int year;

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	final String title = "Vägen till arbete " + tag;

	final String message = "Ange utfallen för alla deltagare " + tag + ".";

	final String comment = "Ett väl genomfört projekt " + tag + ".";

	@Autowired
	ApplicationContext context;

	@Autowired
	FundCycle cycle;

	GrantJourneys journeys;

	GrantJourneys.Applicant applicant;

	UUID partner;

	GrantView grant;

	GrantView decided() throws Exception {
		journeys = new GrantJourneys(context);
		applicant = journeys.applicant();
		partner = journeys.district();
		GrantView made = journeys.granted(year, applicant, title, 300_000, "§ 9", partner);
		journeys.paidAndUnderWay(made);
		return made;
	}

	@Test
	void report_with_a_remainder_return_complete_approve_and_the_repayment_recorded() throws Exception {
		year = cycle.year();
		grant = decided();
		String grantPath = "/grants/" + grant.id();
		String reportPath = grantPath + "/report";

		login(applicant.username());
		clickAndWait("nav.fuel-nav a[href='/grants']");
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText(title)));
		assertThat(mainText()).contains("Pågår", "300 000 kronor", "Samverkanspartner", journeys.nameOf(partner),
				"§ 9");
		assertAccessible();
		clickAndWait("#report-link");
		assertThat(heading()).isEqualTo("Redovisning");
		assertAccessible();

		type("lines-0-description", "Lön");
		type("lines-0-granted", "250000");
		type("lines-0-actual", "230000");
		type("lines-1-description", "Lokalhyra");
		type("lines-1-granted", "50000");
		type("lines-1-actual", "30000");
		type("whatWasDone", "Jobbcoachning för unga vuxna i " + applicant.organisationName());
		type("participantsWomen", "12");
		type("participantsMen", "9");
		type("participantsOther", "1");
		type("outcome-arbete-women", "5");
		type("outcome-arbete-men", "3");
		type("outcome-studier-women", "2");
		type("outcome-ej-horts-av-men", "1");
		type("experiences", "Tät kontakt gav resultat");
		find("#implementationPlan").click();
		type("proposals", "Fortsätt i egen regi");
		clickAndWait("button[value=save]");
		assertThat(find("#report-remainder").getText()).isEqualTo("40 000 kronor");
		assertThat(find("#report-status").getText()).isEqualTo("Utkast");
		assertAccessible();
		clickAndWait("button[value=submit]");
		assertThat(find(".govuk-error-summary").getText())
			.contains("Hur implementeringen ska ske måste fyllas i innan redovisningen lämnas in.");
		assertAccessible();
		type("implementationPlanHow", "Arbetssättet förs in i ordinarie verksamhet");
		clickAndWait("button[value=submit]");
		assertThat(find("#report-status").getText()).isEqualTo("Inlämnad");
		assertThat(find("#report-remainder").getText()).isEqualTo("40 000 kronor");
		assertAccessible();
		logout();

		login(journeys.officer());
		open(reportPath);
		assertThat(mainText()).contains("Jobbcoachning för unga vuxna i " + applicant.organisationName(), "Godkänn redovisningen");
		assertAccessible();
		type("message", message);
		clickAndWait("form[action$='/report/return'] button[type=submit]");
		assertThat(find("#report-status").getText()).isEqualTo("Återskickad för komplettering");
		assertAccessible();
		clickAndWait("nav.fuel-nav a[href='/mail/outbox']");
		assertAccessible();
		clickAndWait(mailAbout(grant));
		assertThat(mainText()).contains(message);
		assertAccessible();
		logout();

		login(applicant.username());
		open(reportPath);
		assertThat(find("#report-return-message").getText()).isEqualTo(message);
		assertThat(find("#report-status").getText()).isEqualTo("Återskickad för komplettering");
		assertAccessible();
		type("outcome-fortsatt-stod-other", "1");
		type("experiences", "Tät kontakt gav resultat; alla 22 deltagare följdes upp");
		clickAndWait("button[value=submit]");
		assertThat(find("#report-status").getText()).isEqualTo("Inlämnad");
		assertAccessible();
		logout();

		login(journeys.officer());
		open(reportPath);
		type("comment", comment);
		clickAndWait("form[action$='/report/approve'] button[type=submit]");
		// The test's year lies ahead: the refusal offers approving anyway with a reason.
		assertThat(mainText()).contains("Projektperiod: redovisningen kan inte godkännas före projektperiodens start");
		assertAccessible();
		type("overrideReason", "Projektet startade i förtid med egna medel.");
		clickAndWait("form[action$='/report/approve'] button[type=submit]");
		assertThat(find("#report-status").getText()).isEqualTo("Godkänd");
		assertThat(find("#report-comment").getText()).isEqualTo(comment);
		assertAccessible();
		open("/mail/outbox?kind=REPORT_APPROVED");
		assertAccessible();
		clickAndWait(mailAbout(grant));
		assertThat(mainText()).contains("är godkänd", comment);
		logout();

		login(applicant.username());
		open(grantPath);
		// The report's remainder is offered as the repayment: the organisation only says why.
		assertThat(find("#notice-offered").getText()).contains("40 000 kronor");
		assertThat(find("#notice-amount").getDomProperty("value")).isEqualTo("40000");
		type("notice-note", "Lokalhyran blev lägre än budgeterat");
		clickAndWait(find("form[action$='/repayment-notice'] button[type=submit]"));
		assertThat(find("#money-notified").getText()).contains("40 000 kronor");
		assertThat(find("#money-outstanding").getText()).contains("40 000 kronor", "Återbetalning saknas");
		assertAccessible();
		logout();

		login(journeys.officer());
		open(grantPath);
		type("repayment-paidOn", year + "-06-15");
		type("repayment-amount", "40000");
		clickAndWait(find("form[action$='/repayments'] button[type=submit]"));
		assertThat(find("#money-received").getText()).isEqualTo("40 000 kronor");
		assertThat(find("#money-outstanding").getText()).contains("0 kronor").doesNotContain("Återbetalning saknas");
		assertThat(mainText()).contains("Godkänd");
		assertAccessible();
	}

	/** The newest mail about the grant on the outbox page: the outbox lists newest first. */
	private WebElement mailAbout(GrantView grant) {
		return browser().findElement(By.xpath("//main//tr//a[contains(., '" + grant.registrationNumber()
				+ "') or contains(., '" + title + "')]"));
	}
}
