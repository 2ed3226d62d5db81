package se.fuel.decisions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of a year's decision document. The content is a snapshot taken when the allocation was finalised, so
 * an earlier version reads the same forever.
 *
 * @param current whether this is the version the round stands on; earlier ones are superseded
 * @param decision the committee's decision, null until recorded
 */
public record DocumentView(UUID id, int year, int version, boolean current, RoundStatus status, Instant createdAt,
		String createdBy, DecisionDocumentContent content, List<AttestationView> attestations,
		CommitteeDecisionView decision) {

	/** Attested by every named attestant (and at least one), none voided. */
	public boolean fullyAttested() {
		return !attestations.isEmpty() && attestations.stream().allMatch(AttestationView::attested);
	}
}
