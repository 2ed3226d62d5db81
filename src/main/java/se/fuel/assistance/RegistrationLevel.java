package se.fuel.assistance;

import java.util.Arrays;
import java.util.Optional;

/**
 * At which level a month's figures were registered. Until October 2002 the districts registered the household's main
 * barrier; from November 2002 (Doris to Paraply) every person's, so the series break there.
 */
public enum RegistrationLevel {
	HOUSEHOLD("hushall", "Hushållsnivå"),
	INDIVIDUAL("individ", "Individnivå");

	private final String code;

	private final String label;

	RegistrationLevel(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public static Optional<RegistrationLevel> byCode(String code) {
		String c = code == null ? "" : code.trim();
		return Arrays.stream(values()).filter(m -> m.code.equalsIgnoreCase(c) || m.name().equalsIgnoreCase(c)).findFirst();
	}
}
