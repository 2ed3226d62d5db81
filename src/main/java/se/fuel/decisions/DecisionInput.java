package se.fuel.decisions;

import java.time.LocalDate;

/** What the officer records from the committee's minutes. */
public record DecisionInput(LocalDate decidedOn, String paragraph, boolean asProposed, String amendment) {
}
