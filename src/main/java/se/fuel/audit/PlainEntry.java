package se.fuel.audit;

import java.time.Instant;
import java.util.List;

import se.fuel.common.SwedishFormat;

/**
 * One entry of a history told in words, as applicants read it: when, who by name, what, and which fields changed from
 * what to what, with the fields' labels and values in the reader's language.
 */
public record PlainEntry(long id, Instant occurredAt, String actorName, String action, List<Change> changes) {

	public String when() {
		return SwedishFormat.dateTime(occurredAt);
	}

	/**
	 * A field that changed; {@code before} and {@code after} are {@code null} when the value is not worth repeating in a
	 * sentence (a long text, a list) or was empty, and then only the field's label is said.
	 */
	public record Change(String label, String before, String after) {

		public boolean hasValues() {
			return before != null || after != null;
		}
	}
}
