package se.fuel.assistance;

import java.time.YearMonth;

import se.fuel.common.Text;

/**
 * A month from which a series is not comparable with the months before, and why.
 *
 * @param note why, in Swedish: as stored with a known break, or {@code text} as the exports write it
 * @param text why, in the reader's language, for a break Fuel found itself; null for a stored break
 */
public record SeriesBreak(YearMonth month, String note, Text text) {

	/** A break known beforehand, stored with its note. */
	public SeriesBreak(YearMonth month, String note) {
		this(month, note, null);
	}

	/** A break Fuel found itself, said in the reader's language. */
	public static SeriesBreak found(YearMonth month, Text text) {
		return new SeriesBreak(month, Swedish.of(text), text);
	}
}
