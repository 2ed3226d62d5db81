package se.fuel.knowledge;

import java.time.Instant;

/**
 * A report draft waiting on a published item.
 *
 * @param content what the item will show once the draft is published
 * @param approvedAt when the grant's report was approved
 */
public record ReportDraftView(KnowledgeItemInput content, Instant approvedAt) {
}
