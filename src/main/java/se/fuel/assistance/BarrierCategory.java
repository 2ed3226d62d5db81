package se.fuel.assistance;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Försörjningshinder: why a household or person receives economic assistance (the annual report's Bilaga 2). {@link #ALL} is
 * the total over every category.
 */
public enum BarrierCategory {
	ALL("alla", "Alla"),
	UNEMPLOYMENT("arbetsloshet", "Arbetslöshet"),
	/** Including people on sick leave graded 0 by Försäkringskassan. */
	INSUFFICIENT_BENEFITS("otillracklig_ersattning", "Otillräcklig ersättning från Försäkringskassan"),
	SOCIAL_MEDICAL("sociala_medicinska", "Sociala/medicinska hinder"),
	IMMIGRATION("invandring", "Invandringsrelaterade"),
	OTHER("ovriga", "Övriga"),
	/** Lagen om mottagande av asylsökande m.fl. */
	LMA("lma", "LMA");

	private final String code;

	private final String label;

	BarrierCategory(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
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
