package se.fuel.knowledge;

/** An area (område) of the configurable taxonomy, e.g. {@code socialmedicin} "Socialmedicin". */
public record KnowledgeArea(String code, String label) {
}
