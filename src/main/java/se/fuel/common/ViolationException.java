package se.fuel.common;

import java.util.List;

/**
 * Thrown by a service when input breaks one or more rules; pages show the violations in an error summary and the API
 * answers with a problem detail that lists them.
 */
public class ViolationException extends RuntimeException {

	private final List<Violation> violations;

	public ViolationException(List<Violation> violations) {
		super(violations.stream().map(v -> v.message().toString()).reduce((a, b) -> a + " " + b).orElse(""));
		this.violations = List.copyOf(violations);
	}

	public ViolationException(Violation violation) {
		this(List.of(violation));
	}

	public List<Violation> violations() {
		return violations;
	}
}
