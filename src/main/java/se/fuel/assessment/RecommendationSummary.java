package se.fuel.assessment;

import java.util.UUID;

/**
 * An application's recommendation as allocation and the decision document need it.
 *
 * @param reasonPhrase for a rejection, the document's sentence ending about the reason category ("bedöms ligga
 * utanför socialtjänstens verksamhetsområde"), empty otherwise
 */
public record RecommendationSummary(UUID applicationId, Recommendation recommendation, long recommendedAmount,
		String reasonCategoryName, String reasonPhrase, String motivation) {
}
