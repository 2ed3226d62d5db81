package se.fuel.assessment;

import java.util.UUID;

/**
 * An officer made a council member a reviewer of an application (by hand or by an even distribution), in the
 * assignment's transaction, so that the member is told.
 */
public record CouncilMemberAssigned(UUID applicationId, String registrationNumber, String title, UUID memberId) {
}
