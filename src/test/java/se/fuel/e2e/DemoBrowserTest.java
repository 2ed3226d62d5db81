package se.fuel.e2e;

import se.fuel.DemoDataTest;

/**
 * Browser tests of the demo itself (its accounts, the tour the README walks, every page as each demo role): the same
 * as {@link BrowserTest}, on a database with the demo data, signing in as demo accounts.
 */
// Declared on the subclass, so that it wins over the superclass's own-data context: the demo's MockMvc tests' context.
@DemoDataTest
public abstract class DemoBrowserTest extends BrowserTest {

	@Override
	protected String password() {
		return "demo";
	}
}
