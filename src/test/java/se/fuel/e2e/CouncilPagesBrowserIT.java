package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fuel.calls.TestCall;
import se.fuel.decisions.OwnRounds.District;
import se.fuel.decisions.OwnRounds.Person;

/**
 * The R&D council in a real browser, checked with axe-core against WCAG 2.1 A and AA: the officer assigns a member
 * and is refused one with jäv, the member's list, review page and its error summary. The member, both districts and
 * their applications to a call of the test's own year are the test's own.
 */
class CouncilPagesBrowserIT extends BrowserTest {

	@Autowired
	ApplicationContext context;

	/** Ticks the member's box. */
	private void check(String memberName) {
		WebElement label = browser().findElement(By.xpath("//section[@id='council']//label[normalize-space(.) = '"
				+ memberName + "']"));
		WebElement box = browser().findElement(By.id(label.getAttribute("for")));
		if (!box.isSelected()) {
			label.click();
		}
	}

	@Test
	void assigning_members_and_reviewing_are_accessible() throws Exception {
		var journeys = new RoundJourneys(context, url(""));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		int year = journeys.cycle.year();
		UUID call = journeys.call(TestCall.lum(year).title("Lokala utvecklingsmedel " + year + " " + tag)).id();
		District farsta = journeys.rounds.district();
		District ostermalm = journeys.rounds.district();
		String bfs = "BFS (Boende med förstärkt stöd) " + tag;
		String digitalLots = "Digital Lots för samsjukliga " + tag;
		journeys.cycle.submitted(ostermalm.applicant(), call, year, bfs, 300_000);
		journeys.cycle.submitted(farsta.applicant(), call, year, digitalLots, 300_000);
		// A member from the district that applies for Digital Lots, and so has jäv there.
		Person member = journeys.rounds.person(journeys.data.council(farsta.id()));

		login(journeys.data.officer());
		clickAndWait("nav.fuel-nav a[href='/assessments']");
		clickAndWait(browser().findElement(By.linkText(bfs)));
		check(member.displayName());
		clickAndWait("#council form button[type=submit]");
		assertThat(find("#council").getText()).contains("Rådsledamöterna är sparade.", "Inte inskickat");
		assertAccessible();

		open("/assessments");
		clickAndWait(browser().findElement(By.linkText(digitalLots)));
		// The member with jäv is shown as such and cannot be ticked before anyone clicks.
		WebElement label = browser().findElement(By.xpath("//section[@id='council']//label[starts-with("
				+ "normalize-space(.), '" + member.displayName() + " – ')]"));
		assertThat(label.getText()).contains("jävig");
		WebElement box = browser().findElement(By.id(label.getAttribute("for")));
		assertThat(box.isEnabled()).isFalse();
		label.click();
		assertThat(box.isSelected()).isFalse();
		assertAccessible();
		logout();

		login(member.username());
		clickAndWait("nav.fuel-nav a[href='/council']");
		assertThat(find("main").getText()).contains(bfs).doesNotContain(digitalLots);
		assertAccessible();
		clickAndWait(browser().findElement(By.linkText(bfs)));
		assertThat(find("main").getText()).contains("Dina betyg", "Anmäl jäv");
		assertAccessible();
		clickAndWait("main form button[type=submit]");
		assertThat(find(".govuk-error-summary").getText()).contains("Huvudkriterium 1: sätt ett betyg från 1 till 5.");
		assertAccessible();
	}
}
