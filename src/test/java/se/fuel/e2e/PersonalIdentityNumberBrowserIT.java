package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import se.fuel.knowledge.SamplePdf;
import se.fuel.testdata.TestData;

/** The PII guard in a real browser: a personnummer in an attachment stops the officer's publishing. */
class PersonalIdentityNumberBrowserIT extends BrowserTest {

	@Autowired
	TestData data;

	@Test
	void an_officers_publish_is_stopped_by_a_personnummer_in_an_attachment_until_it_is_removed() throws IOException {
		Path pdf = Files.createTempFile("slutrapport", ".pdf");
		Files.write(pdf, SamplePdf.withText("Deltagare 19811218-9876 intervjuades i maj."));
		login(data.officer());
		open("/knowledge/new");
		String title = "Slutrapport med personnummer " + System.nanoTime();
		new Select(find("#kind")).selectByVisibleText("Rapport");
		find("#title").sendKeys(title);
		find("#summary").sendKeys("En rapport vars bilaga nämner en deltagare.");
		find("#year").sendKeys(Year.now().toString());
		find("#areaCodes").click();
		clickAndWait("#knowledge-save");
		assertThat(heading()).isEqualTo(title);

		find("#file").sendKeys(pdf.toAbsolutePath().toString());
		clickAndWait("form[enctype='multipart/form-data'] button[type=submit]");
		assertThat(find("#knowledge-attachments").getText()).contains(pdf.getFileName().toString());

		clickAndWait("#status");
		assertThat(find(".govuk-error-summary").getText()).contains("personnummer (19xxxxxx-xxxx) på sidan 1")
			.doesNotContain("9876");
		assertThat(find("#draft-notice").getText()).contains("Utkast");
		assertAccessible();

		clickAndWait("#knowledge-attachments form button[type=submit]");
		assertThat(browser().findElements(By.id("knowledge-attachments"))).isEmpty();
		clickAndWait("#status");
		assertThat(find(".govuk-notification-banner").getText()).contains("Objektet är publicerat.");
		Files.deleteIfExists(pdf);
	}
}
