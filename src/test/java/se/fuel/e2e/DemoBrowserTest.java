package se.fuel.e2e;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Browser tests of the demo itself (its accounts, the tour the README walks, every page as each demo role): the same
 * as {@link BrowserTest}, on a database with the demo data, signing in as demo accounts.
 */
// Declared again rather than inherited so that the demo's context differs from the own-data one only in this property.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "fuel.demo=true")
public abstract class DemoBrowserTest extends BrowserTest {

	@Override
	protected String password() {
		return "demo";
	}
}
