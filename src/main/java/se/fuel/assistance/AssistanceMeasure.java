package se.fuel.assistance;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an economic-assistance series counts (the annual report's Bilaga 2), or a structural variable of a district that the
 * district comparison explains the counts with. Structural variables are stored like any series.
 */
public enum AssistanceMeasure {
	/** Vuxna bidragstagare: adults receiving economic assistance in the month. */
	ADULT_RECIPIENTS("vuxna", "Vuxna bidragstagare", true, false, 0),
	/** Bidragshushåll. */
	HOUSEHOLDS("hushall", "Bidragshushåll", true, false, 0),
	/** Barn i bidragshushåll. */
	CHILDREN("barn", "Barn i bidragshushåll", true, false, 0),
	/** Utbetalt ekonomiskt bistånd i tusen kronor. */
	COST_TKR("kostnad_tkr", "Kostnad (tkr)", true, false, 0),
	/** Helårsekvivalenter 18–64 år: assistance as whole years of full benefit. */
	FULL_YEAR_EQUIVALENTS("helarsekvivalenter", "Helårsekvivalenter 18–64 år", true, false, 0),
	/** Andel arbetslösa av befolkningen (procent), Länsarbetsnämnden. */
	UNEMPLOYMENT_RATE("arbetsloshet", "Arbetslöshet (%)", false, true, 1),
	/** Andel utrikes födda (procent). */
	FOREIGN_BORN_SHARE("utrikes_fodda", "Andel utrikes födda (%)", false, true, 1),
	/** Andel ensamstående föräldrar bland hushållen med barn (procent). */
	SINGLE_PARENT_SHARE("ensamstaende_foraldrar", "Andel ensamstående föräldrar (%)", false, true, 1),
	/** Folkmängd. */
	POPULATION("befolkning", "Folkmängd", true, true, 0),
	/** Folkmängd 18–64 år. */
	POPULATION_18_64("befolkning_18_64", "Folkmängd 18–64 år", true, true, 0);

	private final String code;

	private final String label;

	private final boolean additive;

	private final boolean structural;

	private final int decimals;

	AssistanceMeasure(String code, String label, boolean additive, boolean structural, int decimals) {
		this.code = code;
		this.label = label;
		this.additive = additive;
		this.structural = structural;
		this.decimals = decimals;
	}

	/** The code in import files, e.g. {@code vuxna}. */
	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	/** Whether districts add up to the city: counts do, rates do not. */
	public boolean additive() {
		return additive;
	}

	/** A structural variable of a district rather than a count of assistance. */
	public boolean structural() {
		return structural;
	}

	/** Decimals to show. */
	public int decimals() {
		return decimals;
	}

	public static Optional<AssistanceMeasure> byCode(String code) {
		String c = code == null ? "" : code.trim();
		return Arrays.stream(values()).filter(m -> m.code.equalsIgnoreCase(c) || m.name().equalsIgnoreCase(c)).findFirst();
	}
}
