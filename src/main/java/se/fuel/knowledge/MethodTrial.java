package se.fuel.knowledge;

import java.util.UUID;

/**
 * A project that tried a method; linked to its knowledge item and/or grant where Fuel knows them.
 *
 * @param itemId the knowledge item describing the project, or null
 * @param grantId the grant that funded it, or null
 */
public record MethodTrial(String title, Integer year, UUID itemId, UUID grantId) {
}
