package se.fuel.assistance;

import java.time.YearMonth;

/** A month from which a series is not comparable with the months before, and why. */
public record SeriesBreak(YearMonth month, String note) {
}
