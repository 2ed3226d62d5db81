package se.fuel.grants;

/** A year's grants in kronor: granted, paid out, notified as unused and repaid. */
public record YearTotals(int year, long granted, long paid, long notifiedRepayments, long receivedRepayments) {
}
