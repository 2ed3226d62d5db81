package se.fuel.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One priority area of the call and whether the application addresses it; null while unanswered. */
@Embeddable
public record AreaResult(@Column(nullable = false) String area, Boolean addressed) {
}
