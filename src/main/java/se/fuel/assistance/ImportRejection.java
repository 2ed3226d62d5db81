package se.fuel.assistance;

/** A row an import refused: its line in the file and why, in Swedish. */
public record ImportRejection(long line, String reason) {
}
