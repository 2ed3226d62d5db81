package se.fuel.events;

import java.util.UUID;

/** An event's evaluation was imported or entered, replacing any earlier one. */
public record EventEvaluated(UUID eventId, int responses) {
}
