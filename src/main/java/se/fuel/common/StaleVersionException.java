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
		super(new Violation("version", "changed-since-opened", message(changedBy, changedAt)));
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

	private static String message(String changedBy, Instant changedAt) {
		String who = changedBy == null ? "Någon annan" : "Någon annan (" + changedBy + ")";
		String when = changedAt == null ? "" : " " + SwedishFormat.dateTime(changedAt);
		return who + " sparade ändringar" + when + " medan du hade sidan öppen. Dina ändringar har inte sparats: "
				+ "kopiera det du skrivit, öppna sidan igen för att se de nya uppgifterna och gör dina ändringar där.";
	}
}
