package se.fuel.decisions.domain;

import java.util.List;

import se.fuel.common.Violation;
import se.fuel.decisions.AllocationLine;

/** Every submitted application needs a recommendation before the allocation can be finalised. */
public final class EveryApplicationAssessed {

	private EveryApplicationAssessed() {
	}

	public static List<Violation> check(List<AllocationLine> lines) {
		return lines.stream()
			.filter(line -> line.recommendation() == null)
			.map(line -> new Violation("line-" + line.applicationId(), "assessed",
					"Ansökan " + line.registrationNumber() + " (" + line.title() + ") är inte bedömd."))
			.toList();
	}
}
