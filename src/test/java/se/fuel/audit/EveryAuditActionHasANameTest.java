package se.fuel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import se.fuel.system.MessageBundles;

/**
 * Every action the code records is shown by name, in Swedish and in English ({@code audit.action.<code>}), on every
 * history and in the log across objects, never as its code.
 */
class EveryAuditActionHasANameTest {

	static final MessageSource MESSAGES = MessageBundles.source();

	static final AuditActionCodes.Scan SCAN = AuditActionCodes.in(Path.of("src", "main", "java"));

	@Test
	void theScanReadsTheActionOfEveryCallThatRecordsAChange() {
		assertThat(SCAN.calls()).as("calls of AuditTrail.record in src/main").isGreaterThan(50);
		assertThat(SCAN.unread()).as("calls whose action the scan cannot read").isEmpty();
		// A literal, a ternary, a constant and a method's parameter: each way the code passes an action is read.
		assertThat(SCAN.codes()).containsKeys("submitted", "ratings-imported", "ratings-entered", "withdrawn-conflict",
				"closed", "retired", "rejected", "stored");
	}

	@Test
	void everyActionHasASwedishName() {
		assertThat(unnamed(Locale.forLanguageTag("sv"))).as("action codes without audit.action.<code> in Swedish")
			.isEmpty();
	}

	@Test
	void everyActionHasAnEnglishName() {
		assertThat(unnamed(Locale.ENGLISH)).as("action codes without audit.action.<code> in English").isEmpty();
	}

	@Test
	void anActionNoBundleNamesIsFound() {
		assertThat(MESSAGES.getMessage("audit.action.no-such-action", null, null, Locale.ENGLISH)).isNull();
	}

	private static Map<String, String> unnamed(Locale locale) {
		Map<String, String> missing = new TreeMap<>();
		SCAN.codes().forEach((code, file) -> {
			if (MESSAGES.getMessage("audit.action." + code, null, null, locale) == null) {
				missing.put(code, file);
			}
		});
		return missing;
	}
}
