package se.fuel.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An approved report's draft waiting beside a published item of the same grant (a grant has one item): readers keep
 * the published version until an officer publishes the draft. Officers and administrators only.
 */
public interface KnowledgeReportDrafts {

	/** The report draft waiting on the item, if any. */
	Optional<ReportDraftView> of(UUID itemId);

	/** The items with a report draft waiting, last changed first. */
	List<KnowledgeItemView> waiting();

	/**
	 * Makes the waiting draft the item's content and publishes it as a new version, after every pre-publish check; a
	 * violation leaves the draft waiting and the published version as it was.
	 */
	KnowledgeItemView publish(UUID itemId);

	/** Throws the waiting draft away; the item stays as it is. */
	void discard(UUID itemId);
}
