package se.fuel.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The committee decided a year's allocation: the grants module creates one grant per granted application. Published
 * inside the recording transaction, so listeners run in it and a failure undoes the decision.
 */
public record CommitteeDecided(int year, UUID documentId, LocalDate decidedOn, String paragraph,
		List<ApplicationOutcome> outcomes) {
}
