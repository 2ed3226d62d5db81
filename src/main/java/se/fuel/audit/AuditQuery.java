package se.fuel.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;

/**
 * What the log of every change is filtered by: who (a username), what (an action code), which object (its type and id)
 * and which days (from and to, both included, as days in Stockholm), and where a page starts ({@code before}: the
 * entry the previous page ended with). Every part is optional; an empty part is no filter.
 */
public record AuditQuery(String actor, String action, String objectType, String objectId, LocalDate from,
		LocalDate to, Long before) {

	/** No filter: the newest entries of all. */
	public static AuditQuery everything() {
		return new AuditQuery(null, null, null, null, null, null, null);
	}

	/**
	 * The filter as a page or an API client wrote it; dates as 2027-03-01. Refused with every broken rule at once,
	 * naming the field: a date that is not a date, a period that ends before it starts, a page start that is not an
	 * entry number.
	 */
	public static AuditQuery of(String actor, String action, String objectType, String objectId, String from,
			String to, String before) {
		List<Violation> violations = new ArrayList<>();
		LocalDate fromDate = date("from", from, violations);
		LocalDate toDate = date("to", to, violations);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			violations.add(Violation.of("to", "period", "audit.log.period", toDate.toString(), fromDate.toString()));
		}
		Long start = null;
		if (blank(before) != null && before.strip().matches("\\d{1,18}")) {
			start = Long.parseLong(before.strip());
		}
		else if (blank(before) != null) {
			violations.add(Violation.of("before", "entry-number", "audit.log.before"));
		}
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		return new AuditQuery(blank(actor), blank(action), blank(objectType), blank(objectId), fromDate, toDate, start);
	}

	/** The first moment of the first day, in Stockholm; {@code null} without a start. */
	public Instant fromInstant() {
		return from == null ? null : from.atStartOfDay(SwedishFormat.ZONE).toInstant();
	}

	/** The first moment after the last day, in Stockholm; {@code null} without an end. */
	public Instant toExclusive() {
		return to == null ? null : to.plusDays(1).atStartOfDay(SwedishFormat.ZONE).toInstant();
	}

	/** The same filter from another entry on: the next page. */
	public AuditQuery startingBefore(long entryId) {
		return new AuditQuery(actor, action, objectType, objectId, from, to, entryId);
	}

	/** The same filter from the newest entry: the first page, and what an export covers. */
	public AuditQuery fromTheStart() {
		return new AuditQuery(actor, action, objectType, objectId, from, to, null);
	}

	/** The filter as request parameters, for the links to the next page and to the export (without "?"). */
	public String parameters() {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("actor", actor);
		p.put("action", action);
		p.put("objectType", objectType);
		p.put("objectId", objectId);
		p.put("from", from);
		p.put("to", to);
		p.put("before", before);
		return p.entrySet().stream()
			.filter(e -> e.getValue() != null)
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static LocalDate date(String field, String value, List<Violation> violations) {
		String text = blank(value);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			violations.add(Violation.of(field, "date", "audit.log.date." + field, text));
			return null;
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
