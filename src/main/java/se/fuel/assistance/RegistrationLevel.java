package se.fuel.assistance;

import java.util.Arrays;
import java.util.Optional;

import se.fuel.common.Text;

/**
 * At which level a month's figures were registered. Until October 2002 the districts registered the household's main
 * barrier; from November 2002 (Doris to Paraply) every person's, so the series break there.
 */
public enum RegistrationLevel {
	HOUSEHOLD("hushall"),
	INDIVIDUAL("individ");

	private final String code;

	RegistrationLevel(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** The level's name in the reader's language. */
	public Text text() {
		return Text.of("assistance.level." + name());
	}

	/** The level's Swedish name, as the exports write it. */
	public String label() {
		return Swedish.of(text());
	}

	public static Optional<RegistrationLevel> byCode(String code) {
		String c = code == null ? "" : code.trim();
		return Arrays.stream(values()).filter(m -> m.code.equalsIgnoreCase(c) || m.name().equalsIgnoreCase(c)).findFirst();
	}
}
