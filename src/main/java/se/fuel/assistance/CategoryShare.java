package se.fuel.assistance;

/** A barrier category's part of a month's total, in percent of the sum of the categories. */
public record CategoryShare(BarrierCategory category, double value, double percent) {
}
