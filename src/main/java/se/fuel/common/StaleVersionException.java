package se.fuel.common;

import java.time.Instant;

/**
 * A save made on a copy older than the stored one. It is refused rather than applied, so that nobody's change is
 * silently lost: a page shows the form again with what the user typed and this message at the top (it is a violation
 * of the field {@code version}, so every form that lists violations shows it without code of its own), and the API
 * answers 409, or 412 when the version came in {@code If-Match}.
 */
public class StaleVersionException extends ViolationException {

	private final long currentVersion;

	private final String changedBy;

	private final Instant changedAt;

	/**
	 * @param changedBy who saved the stored version, {@code null} when the history does not say
	 * @param changedAt when, {@code null} when the history does not say
	 */
	public StaleVersionException(long currentVersion, String changedBy, Instant changedAt) {
		super(Violation.of("version", "changed-since-opened", "common.stale",
				changedBy == null ? Text.of("common.stale.someone") : Text.of("common.stale.someoneNamed", changedBy),
				changedAt == null ? "" : " " + SwedishFormat.dateTime(changedAt)));
		this.currentVersion = currentVersion;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public long currentVersion() {
		return currentVersion;
	}

	public String changedBy() {
		return changedBy;
	}

	public Instant changedAt() {
		return changedAt;
	}
}
