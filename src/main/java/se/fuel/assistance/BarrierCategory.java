package se.fuel.assistance;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import se.fuel.common.Text;

/**
 * Försörjningshinder: why a household or person receives economic assistance (the annual report's Bilaga 2). {@link #ALL} is
 * the total over every category.
 */
public enum BarrierCategory {
	ALL("alla"),
	UNEMPLOYMENT("arbetsloshet"),
	/** Including people on sick leave graded 0 by Försäkringskassan. */
	INSUFFICIENT_BENEFITS("otillracklig_ersattning"),
	SOCIAL_MEDICAL("sociala_medicinska"),
	IMMIGRATION("invandring"),
	OTHER("ovriga"),
	/** Lagen om mottagande av asylsökande m.fl. */
	LMA("lma");

	private final String code;

	BarrierCategory(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** The category's name in the reader's language. */
	public Text text() {
		return Text.of("assistance.category." + name());
	}

	/** The category's Swedish name, as the exports write it. */
	public String label() {
		return Swedish.of(text());
	}

	/** Every category but the total, in the seed's order. */
	public static List<BarrierCategory> parts() {
		return Arrays.stream(values()).filter(c -> c != ALL).toList();
	}

	public static Optional<BarrierCategory> byCode(String code) {
		String c = code == null || code.isBlank() ? "alla" : code.trim();
		return Arrays.stream(values()).filter(m -> m.code.equalsIgnoreCase(c) || m.name().equalsIgnoreCase(c)).findFirst();
	}
}
