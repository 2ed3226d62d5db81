/**
 * The knowledge bank (kunskapsbanken): what every funded project learned, published by the fund officers for every
 * signed-in user of the city. The root holds the facades ({@link se.fuel.knowledge.KnowledgeBank},
 * {@link se.fuel.knowledge.MethodCatalogue}, {@link se.fuel.knowledge.KnowledgeSearch}, …), views and events;
 * {@code rules} the rules an item or a method must pass, {@code search} the Swedish search, {@code internal} the rest.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "system", "identity", "organisations",
		"audit", "documents", "grants", "assessment" })
package se.fuel.knowledge;
