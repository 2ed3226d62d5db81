package se.fuel.calls.domain;

import java.util.List;

import se.fuel.common.Violation;

/** A call closes after it opens. */
public final class ClosesAfterOpens implements CallRule {

	@Override
	public List<Violation> check(CallInput c) {
		if (c.opensAt() == null || c.closesAt() == null || c.closesAt().isAfter(c.opensAt())) {
			return List.of();
		}
		return List.of(new Violation("closesAt", "closes-after-opens",
				"Fältet ”Stänger” måste vara senare än ”Öppnar”: utlysningen måste stänga efter att den öppnat."));
	}
}
