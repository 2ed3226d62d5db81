package se.fuel.knowledge;

import java.util.List;

/**
 * What an officer types for a method.
 *
 * @param adopters organisations that took the method into regular work
 */
public record MethodInput(String name, MethodType type, String targetGroup, String purpose, String howItIsDone,
		String training, EvidenceStatus evidenceStatus, String evidenceSource, String evidenceNote,
		List<MethodTrial> trials, List<String> adopters) {
}
