package se.fuel.calls.domain;

import java.util.List;

import se.fuel.common.Violation;

/**
 * One rule a call must meet before it is saved. A rule reports only what it is about and stays silent on missing
 * values that another rule already reports, so the officer sees each problem once.
 */
public interface CallRule {

	List<Violation> check(CallInput call);
}
