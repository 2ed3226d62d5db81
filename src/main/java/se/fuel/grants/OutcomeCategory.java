package se.fuel.grants;

/** An outcome category of a report (arbete, studier, ...), configurable by officers. */
public record OutcomeCategory(String code, String label, int position) {
}
