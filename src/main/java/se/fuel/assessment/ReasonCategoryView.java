package se.fuel.assessment;

import java.util.UUID;

/**
 * A category of reasons for rejection (avslagsgrund), configurable by officers.
 *
 * @param documentPhrase how the decision document states it after "Projektet ”…” "
 */
public record ReasonCategoryView(UUID id, String name, boolean active, String documentPhrase) {
}
