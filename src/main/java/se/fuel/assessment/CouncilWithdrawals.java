package se.fuel.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Council assignments withdrawn because the member became jäv after being assigned (the application sent in again
 * with the member's organisation in it, or the member moved to an organisation in it).
 */
public interface CouncilWithdrawals {

	/** Officer: the application's withdrawn assignments, oldest first, each with why. */
	List<Withdrawal> of(UUID applicationId);

	record Withdrawal(Instant at, String memberName, String reason) {

		public String when() {
			return se.fuel.common.SwedishFormat.dateTime(at);
		}
	}
}
