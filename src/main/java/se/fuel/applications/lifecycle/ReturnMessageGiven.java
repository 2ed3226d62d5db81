package se.fuel.applications.lifecycle;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** An application returned for completion says what to complete, in at most 4 000 characters. */
public final class ReturnMessageGiven implements Rule<String> {

	static final int MAX_LENGTH = 4000;

	@Override
	public List<Violation> check(String message) {
		if (message == null || message.isBlank()) {
			return List.of(Violation.of("message", "required", "applications.rule.returnMessage.required"));
		}
		if (message.length() > MAX_LENGTH) {
			return List.of(Violation.of("message", "max-length", "applications.rule.returnMessage.maxLength",
					String.valueOf(MAX_LENGTH)));
		}
		return List.of();
	}
}
