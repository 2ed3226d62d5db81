package se.fuel.applications.eligibility;

import java.util.List;

/**
 * One rule of a call that an application must meet to be submitted (DESIGN.md step 4). A policy never throws for a
 * broken rule: it returns what it found, in Swedish, so the applicant sees every problem at once.
 */
public interface EligibilityPolicy {

	List<Finding> check(SubmissionCandidate candidate);
}
