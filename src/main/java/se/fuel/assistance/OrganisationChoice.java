package se.fuel.assistance;

import java.util.UUID;

/** An organisation one can choose statistics for; {@code id} null is the whole city. */
public record OrganisationChoice(UUID id, String code, String name) {
}
