package se.fuel.decisions.rules;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;
import se.fuel.decisions.AllocationLine;

/** Every submitted application needs a recommendation before the allocation can be finalised. */
public final class EveryApplicationAssessed implements Rule<List<AllocationLine>> {

	@Override
	public List<Violation> check(List<AllocationLine> lines) {
		return lines.stream()
			.filter(line -> line.recommendation() == null)
			.map(line -> Violation.of("line-" + line.applicationId(), "assessed", "decisions.rule.notAssessed",
					line.registrationNumber(), line.title()))
			.toList();
	}
}
