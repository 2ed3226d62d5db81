package se.fuel.events;

import java.time.LocalDate;
import java.util.UUID;

/** An officer registered a competence-development event. */
public record EventRegistered(UUID eventId, String title, LocalDate date) {
}
