package se.fuel.grants;

import java.util.UUID;

/** A grant was created from the committee's decision, in the decision's transaction. */
public record GrantCreated(UUID grantId, UUID applicationId, UUID organisationId, int year, long amount) {
}
