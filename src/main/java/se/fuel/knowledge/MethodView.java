package se.fuel.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A method of the catalogue as everyone signed in reads it.
 *
 * @param version the version it was read at, which a change may name to be refused when someone saved since
 */
public record MethodView(UUID id, String name, MethodType type, String targetGroup, String purpose,
		String howItIsDone, String training, EvidenceStatus evidenceStatus, String evidenceSource,
		String evidenceNote, List<MethodTrial> trials, List<String> adopters, Instant updatedAt, long version) {
}
