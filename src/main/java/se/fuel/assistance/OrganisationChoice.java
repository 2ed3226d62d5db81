package se.fuel.assistance;

import java.util.UUID;

import se.fuel.common.Text;

/** An organisation one can choose statistics for; {@code id} null is the whole city. */
public record OrganisationChoice(UUID id, String code, Text name) {
}
