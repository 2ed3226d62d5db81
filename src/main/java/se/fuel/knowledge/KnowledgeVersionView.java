package se.fuel.knowledge;

import java.time.Instant;

/** One publication of an item, with the JSON snapshot of what was published. */
public record KnowledgeVersionView(int number, Instant publishedAt, String publishedBy, String snapshot) {
}
