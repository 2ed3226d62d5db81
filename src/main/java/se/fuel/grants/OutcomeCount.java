package se.fuel.grants;

/** How many participants ended in one outcome category (e.g. arbete), counted by gender. */
public record OutcomeCount(String category, Long women, Long men, Long other) {
}
