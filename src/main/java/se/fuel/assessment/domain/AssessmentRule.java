package se.fuel.assessment.domain;

import java.util.List;

import se.fuel.common.Violation;

/** One rule of seeds/002's order of assessment; returns every violation it finds, in Swedish. */
public interface AssessmentRule {

	List<Violation> check(AssessmentCandidate candidate);
}
