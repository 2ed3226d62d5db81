package se.fuel.decisions;

import java.util.List;
import java.util.UUID;

/** Who will be told of each decision in a decision document, before it is recorded (officers). */
public interface DecisionNotices {

	/** One notice per application of the document's year, in the allocation's order. */
	List<DecisionNotice> notices(UUID documentId);
}
