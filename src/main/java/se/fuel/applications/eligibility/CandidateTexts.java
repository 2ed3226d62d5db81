package se.fuel.applications.eligibility;

import se.fuel.calls.ApplicationSection;

/** A section's text of a candidate, empty when the service gathered no texts at all. */
final class CandidateTexts {

	private CandidateTexts() {
	}

	static String of(SubmissionCandidate candidate, ApplicationSection section) {
		return candidate.texts() == null ? "" : candidate.text(section);
	}
}
