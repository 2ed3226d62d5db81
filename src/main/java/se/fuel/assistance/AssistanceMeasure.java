package se.fuel.assistance;

import java.util.Arrays;
import java.util.Optional;

import se.fuel.common.Text;

/**
 * What an economic-assistance series counts (the annual report's Bilaga 2), or a structural variable of a district that the
 * district comparison explains the counts with. Structural variables are stored like any series.
 */
public enum AssistanceMeasure {
	/** Vuxna bidragstagare: adults receiving economic assistance in the month. */
	ADULT_RECIPIENTS("vuxna", true, false, 0),
	/** Bidragshushåll. */
	HOUSEHOLDS("hushall", true, false, 0),
	/** Barn i bidragshushåll. */
	CHILDREN("barn", true, false, 0),
	/** Utbetalt ekonomiskt bistånd i tusen kronor. */
	COST_TKR("kostnad_tkr", true, false, 0),
	/** Helårsekvivalenter 18–64 år: assistance as whole years of full benefit. */
	FULL_YEAR_EQUIVALENTS("helarsekvivalenter", true, false, 0),
	/** Andel arbetslösa av befolkningen (procent), Länsarbetsnämnden. */
	UNEMPLOYMENT_RATE("arbetsloshet", false, true, 1),
	/** Andel utrikes födda (procent). */
	FOREIGN_BORN_SHARE("utrikes_fodda", false, true, 1),
	/** Andel ensamstående föräldrar bland hushållen med barn (procent). */
	SINGLE_PARENT_SHARE("ensamstaende_foraldrar", false, true, 1),
	/** Folkmängd. */
	POPULATION("befolkning", true, true, 0),
	/** Folkmängd 18–64 år. */
	POPULATION_18_64("befolkning_18_64", true, true, 0);

	private final String code;

	private final boolean additive;

	private final boolean structural;

	private final int decimals;

	AssistanceMeasure(String code, boolean additive, boolean structural, int decimals) {
		this.code = code;
		this.additive = additive;
		this.structural = structural;
		this.decimals = decimals;
	}

	/** The code in import files, e.g. {@code vuxna}. */
	public String code() {
		return code;
	}

	/** The measure's name in the reader's language. */
	public Text text() {
		return Text.of("assistance.measure." + name());
	}

	/** The measure's Swedish name, as the exports write it. */
	public String label() {
		return Swedish.of(text());
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
