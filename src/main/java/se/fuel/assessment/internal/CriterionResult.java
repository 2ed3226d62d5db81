package se.fuel.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One main criterion of the call as the officer judged it; {@code met} is null while unanswered. */
@Embeddable
record CriterionResult(@Column(nullable = false) String criterion, Boolean met, String motivation) {
}
