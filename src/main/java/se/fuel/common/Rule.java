package se.fuel.common;

import java.util.List;

/**
 * One rule of the fund, named as the rule ({@code AmountWithinCap}, {@code OwnOrganisationOnly}), checked against
 * what it is about. A rule never throws for a broken rule and never reaches for Spring: it returns every violation
 * it finds, so the person sees every problem at once, and its tests read as sentences. Empty means the rule holds.
 *
 * @param <C> what the rule looks at: a candidate record with exactly the facts the rule needs
 */
@FunctionalInterface
public interface Rule<C> {

	List<Violation> check(C candidate);
}
