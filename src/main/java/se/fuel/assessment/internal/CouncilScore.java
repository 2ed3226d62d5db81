package se.fuel.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A council member's score (1–5) of one main criterion with their comment. */
@Embeddable
record CouncilScore(@Column(nullable = false) String criterion, Integer score, String comment) {
}
