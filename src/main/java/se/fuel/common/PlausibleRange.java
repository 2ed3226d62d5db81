package se.fuel.common;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A whole number that is plausible from 0 up to a maximum, and the violation naming the field, the maximum and the
 * number typed, each written as {@code format} writes it. A missing number is another rule's.
 */
record PlausibleRange(String rule, long max, String messageKey, LongFunction<String> format) {

	Optional<Violation> check(Long value, String field, Text label) {
		if (value == null || (value >= 0 && value <= max)) {
			return Optional.empty();
		}
		return Optional.of(Violation.of(field, rule, messageKey, label, format.apply(max), format.apply(value)));
	}
}
