package se.fuel.knowledge;

import java.util.List;

/**
 * Administering the area taxonomy (officers and administrators): add, rename, retire and reinstate areas, and delete
 * an area nothing uses. Every change is audited as "KnowledgeArea" with the code as id.
 */
public interface KnowledgeAreas {

	/** Every area, those in use first in their order, retired ones last. */
	List<KnowledgeAreaView> all();

	/** Adds an area; code: 2–60 of a–z, 0–9 and "-"; the Swedish name 1–200 characters; both unique. */
	KnowledgeAreaView add(String code, String label);

	KnowledgeAreaView rename(String code, String label);

	/** No longer offered for new items; the items that have it keep it. */
	KnowledgeAreaView retire(String code);

	KnowledgeAreaView reinstate(String code);

	/** Deletes an area no item and no subscription uses; one in use answers a violation. */
	void delete(String code);
}
