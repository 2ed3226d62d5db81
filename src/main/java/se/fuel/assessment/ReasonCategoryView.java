package se.fuel.assessment;

import java.util.UUID;

/** A category of reasons for rejection (avslagsgrund), configurable by officers. */
public record ReasonCategoryView(UUID id, String name, boolean active) {
}
