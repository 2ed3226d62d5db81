package se.fuel.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One priority area of the call and whether the application addresses it; null while unanswered. */
@Embeddable
record AreaResult(@Column(nullable = false) String area, Boolean addressed) {
}
