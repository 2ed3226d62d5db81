package se.fuel.decisions.domain;

import java.util.Optional;

import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.decisions.AllocationLine;

/**
 * A proposed amount is at least 1 krona and at most what was applied for; rejecting goes through the assessment,
 * since a rejection needs a reason.
 */
public final class AmountWithinRequested {

	private AmountWithinRequested() {
	}

	public static Optional<Violation> check(AllocationLine line, long amount) {
		String field = "amount-" + line.applicationId();
		if (line.recommendation() == null) {
			return Optional.of(new Violation(field, "assessed", "Föreslaget belopp för " + line.registrationNumber()
					+ " kan inte ändras förrän ansökan är bedömd."));
		}
		if (line.outcome() == se.fuel.decisions.DecisionOutcome.REJECTED) {
			return Optional.of(new Violation(field, "not-rejected", "Föreslaget belopp för " + line.registrationNumber()
					+ " kan inte ändras eftersom ansökan föreslås avslås; ändra bedömningen i stället."));
		}
		if (amount < 1 || amount > line.requestedAmount()) {
			return Optional.of(new Violation(field, "range", "Föreslaget belopp för " + line.registrationNumber()
					+ " ska vara mellan 1 kr och det sökta beloppet " + SwedishFormat.kronor(line.requestedAmount())
					+ "; för att avslå, ändra bedömningen."));
		}
		return Optional.empty();
	}
}
