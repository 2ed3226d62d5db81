package se.fuel.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import se.fuel.common.Text;

/**
 * What a field expects, in the reader's language, for a message telling a client that the value it sent has the wrong type.
 * Amounts are whole kronor in Fuel, so a whole number in a field named as an amount says so.
 */
final class ExpectedTypes {

	private ExpectedTypes() {
	}

	static Text describe(Class<?> type, String field) {
		if (type == null) {
			return Text.of("type.any");
		}
		if (type == long.class || type == Long.class || type == int.class || type == Integer.class
				|| type == short.class || type == Short.class || type == java.math.BigInteger.class) {
			return Text.of(isAmount(field) ? "type.kronor" : "type.integer");
		}
		if (type == double.class || type == Double.class || type == float.class || type == Float.class
				|| type == java.math.BigDecimal.class) {
			return Text.of("type.number");
		}
		if (type == boolean.class || type == Boolean.class) {
			return Text.of("type.boolean");
		}
		if (type == String.class || type == char.class || type == Character.class) {
			return Text.of("type.text");
		}
		if (type == UUID.class) {
			return Text.of("type.uuid");
		}
		if (type == LocalDate.class) {
			return Text.of("type.date");
		}
		if (type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class
				|| type == Instant.class) {
			return Text.of("type.dateTime");
		}
		if (type == LocalTime.class) {
			return Text.of("type.time");
		}
		if (type == YearMonth.class) {
			return Text.of("type.month");
		}
		if (type == Year.class) {
			return Text.of("type.year");
		}
		if (type.isEnum()) {
			return Text.of("type.enum", Arrays.stream(type.getEnumConstants()).map(Object::toString)
				.collect(Collectors.joining(", ")));
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return Text.of("type.list");
		}
		if (Map.class.isAssignableFrom(type)) {
			return Text.of("type.object");
		}
		return Text.of("type.object");
	}

	private static boolean isAmount(String field) {
		String name = field == null ? "" : field.toLowerCase(Locale.ROOT);
		return name.contains("amount") || name.contains("kronor") || name.contains("sum");
	}
}
