package se.fuel.knowledge;

/**
 * An area of the taxonomy as its administrators see it.
 *
 * @param active false once retired: not offered for new items, still shown on the items that have it and in facets
 * @param items how many items (of any status) have the area; an area in use is never deleted
 * @param subscriptions how many subscriptions follow it
 */
public record KnowledgeAreaView(String code, String label, int position, boolean active, long items,
		long subscriptions) {

	public boolean inUse() {
		return items > 0 || subscriptions > 0;
	}
}
