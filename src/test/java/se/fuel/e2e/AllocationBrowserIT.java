package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.OwnRounds;

/**
 * The allocation workbench in a real browser: an amount changed with htmx updates the totals in place, a bad amount
 * is refused at its line, and every state passes axe-core. Works on the allocation tests' round of a year of its own
 * ({@link OwnRounds#allocationRound()}) and puts the amount back.
 */
class AllocationBrowserIT extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Test
	void an_officer_changes_an_amount_and_sees_the_totals_change_in_place() throws Exception {
		var round = new OwnRounds(context).allocationRound();
		String b = round.b().toString();
		String total = "#allocated-" + round.round().callId();
		String amount = "#amount-" + b;

		login(round.officer());
		clickAndWait("nav.fuel-nav a[href='/allocation']");
		open("/allocation/" + round.year());
		assertThat(heading()).isEqualTo("Fördelning " + round.year());
		assertThat(find("main").getText()).contains(round.callTitle(), "Beviljade per förvaltning");
		assertAccessible();

		long before = kronor(find(total).getText());
		long others = before - kronor(find(amount).getAttribute("value"));
		String page = browser().getCurrentUrl();
		var html = find("html");

		find(amount).sendKeys(Keys.chord(Keys.CONTROL, "a"), "123456", Keys.TAB);
		long expected = others + 123_456;
		waiting()
			.until(d -> kronor(find(total).getText()) == expected);
		// Swedish grouping: WebDriver shows the non-breaking spaces as plain ones.
		assertThat(find(total).getText()).isEqualTo(SwedishFormat.amount(expected).replace('\u00A0', ' '));
		assertThat(browser().getCurrentUrl()).isEqualTo(page);
		assertThat(html.isDisplayed()).as("the page was not reloaded").isTrue();
		assertThat(find("#line-" + b).getText()).contains("Ändrat i fördelningen");
		assertThat(find("#workbench-status").getAttribute("textContent")).contains("123\u00A0456 kr");
		assertAccessible();

		find(amount).sendKeys(Keys.chord(Keys.CONTROL, "a"), "0", Keys.TAB);
		waiting()
			.until(d -> !d.findElements(org.openqa.selenium.By.id("amount-" + b + "-error")).isEmpty());
		assertThat(find("#amount-" + b + "-error").getText()).containsIgnoringCase("belopp");
		assertThat(find(amount).getAttribute("value")).isEqualTo("0");
		assertThat(kronor(find(total).getText())).isEqualTo(expected);
		assertAccessible();

		find("#reset-" + b).click();
		long restored = others + 300_000;
		waiting()
			.until(d -> kronor(find(total).getText()) == restored);
		assertThat(find(amount).getAttribute("value")).isEqualTo("300000");

		open("/allocation/" + round.year() + "/texts");
		assertThat(heading()).contains("Texter i beslutsunderlaget");
		assertAccessible();
	}

	private static long kronor(String shown) {
		return Long.parseLong(shown.replaceAll("[^0-9]", ""));
	}
}
