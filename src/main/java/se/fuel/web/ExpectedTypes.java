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

/**
 * What a field expects, said in Swedish, for a message telling a client that the value it sent has the wrong type.
 * Amounts are whole kronor in Fuel, so a whole number in a field named as an amount says so.
 */
final class ExpectedTypes {

	private ExpectedTypes() {
	}

	static String describe(Class<?> type, String field) {
		if (type == null) {
			return "ett värde av rätt typ";
		}
		if (type == long.class || type == Long.class || type == int.class || type == Integer.class
				|| type == short.class || type == Short.class || type == java.math.BigInteger.class) {
			return isAmount(field) ? "ett heltal (hela kronor)" : "ett heltal";
		}
		if (type == double.class || type == Double.class || type == float.class || type == Float.class
				|| type == java.math.BigDecimal.class) {
			return "ett tal";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "sant eller falskt (true eller false)";
		}
		if (type == String.class || type == char.class || type == Character.class) {
			return "en text";
		}
		if (type == UUID.class) {
			return "ett id (UUID, t.ex. 3f2504e0-4f89-41d3-9a0c-0305e82c3301)";
		}
		if (type == LocalDate.class) {
			return "ett datum (ÅÅÅÅ-MM-DD)";
		}
		if (type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class
				|| type == Instant.class) {
			return "en tidpunkt (ÅÅÅÅ-MM-DDTtt:mm)";
		}
		if (type == LocalTime.class) {
			return "ett klockslag (tt:mm)";
		}
		if (type == YearMonth.class) {
			return "en månad (ÅÅÅÅ-MM)";
		}
		if (type == Year.class) {
			return "ett år (ÅÅÅÅ)";
		}
		if (type.isEnum()) {
			return "ett av värdena " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
				.collect(Collectors.joining(", "));
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "en lista";
		}
		if (Map.class.isAssignableFrom(type)) {
			return "ett objekt";
		}
		return "ett objekt";
	}

	private static boolean isAmount(String field) {
		String name = field == null ? "" : field.toLowerCase(Locale.ROOT);
		return name.contains("amount") || name.contains("kronor") || name.contains("sum");
	}
}
