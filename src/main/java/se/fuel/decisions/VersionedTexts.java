package se.fuel.decisions;

/**
 * A year's document texts with the version they were read at: 0 before the year has a round, then the round's
 * version plus one, so that a save hands it back and is refused when the round has changed since.
 */
public record VersionedTexts(RoundTexts texts, long version) {
}
