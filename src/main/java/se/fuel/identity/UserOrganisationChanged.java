package se.fuel.identity;

import java.util.UUID;

/**
 * An administrator moved a user to another organisation, in the change's transaction: what the user may do for, or
 * must stay out of (jäv), follows the organisation.
 */
public record UserOrganisationChanged(UUID userId, UUID previousOrganisationId, UUID organisationId) {
}
