package se.fuel.assistance.internal;

import java.time.LocalDate;
import java.util.UUID;

import se.fuel.assistance.AssistanceMeasure;
import se.fuel.assistance.BarrierCategory;
import se.fuel.assistance.RegistrationLevel;

/** A checked row of an import file, ready to store; {@code line} is where it stands in the file. */
record ImportRow(long line, UUID organisationId, AssistanceMeasure measure, BarrierCategory category,
		boolean annual, LocalDate period, RegistrationLevel level, double value, boolean madeUp) {

	/** The row's identity in the store: two rows of a file with the same key are duplicates. */
	public Key key() {
		return new Key(organisationId, measure, category, annual, period);
	}

	public record Key(UUID organisationId, AssistanceMeasure measure, BarrierCategory category, boolean annual,
			LocalDate period) {
	}
}
