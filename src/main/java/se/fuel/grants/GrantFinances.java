package se.fuel.grants;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The money of one grant: what was granted, paid out, notified as unused and received back.
 *
 * @param notified the unused amount the organisation said it will pay back, or null when it has said nothing
 * @param noticeDeadline the call's last day for the notice (document 002: "Senast den 2 juni 2024"), null if none
 * @param noticeLate the notice came after the deadline ("Anmälan om återbetalning försenad")
 * @param outstanding notified minus received; above 0 means "Återbetalning saknas"
 */
public record GrantFinances(UUID grantId, long granted, List<Movement> payments, long paid, Long notified,
		String note, LocalDate notifiedOn, LocalDate noticeDeadline, boolean noticeLate, List<Movement> repayments,
		long received, long outstanding) {

	/** One payment or repayment. */
	public record Movement(LocalDate on, long amount) {
	}

	public long leftToPay() {
		return granted - paid;
	}

	public boolean repaymentMissing() {
		return outstanding > 0;
	}
}
