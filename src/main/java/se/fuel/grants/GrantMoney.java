package se.fuel.grants;

import java.util.List;
import java.util.UUID;

/**
 * Money on a grant and its status after the decision: officers record payments out and repayments received and move
 * the grant along; the grant's own organisation states an unused amount to pay back. Another organisation's grant is
 * answered as if it did not exist (404); other roles are refused (403).
 */
public interface GrantMoney {

	/** Payments, repayment notice and repayments of the grant (officers, and applicants of its organisation). */
	GrantFinances finances(UUID grantId);

	/** Records a payment out (officers); the first payment makes the grant {@link GrantStatus#PAID}. */
	GrantFinances recordPayment(UUID grantId, PaymentInput input);

	/** The organisation states the unused amount it will pay back (applicants of the grant's organisation). */
	GrantFinances notifyRepayment(UUID grantId, RepaymentNoticeInput input);

	/** Records a repayment received from the organisation (officers). */
	GrantFinances recordRepayment(UUID grantId, PaymentInput input);

	/** The officer marks the grant as under way (Pågår). */
	void markInProgress(UUID grantId);

	/** The officer closes the grant (Avslutad) once its report is approved. */
	void close(UUID grantId);

	/** The organisation handed in its report (called by the report piece): Redovisning inlämnad. */
	void reportSubmitted(UUID grantId);

	/** The officer approved the report (called by the report piece): Godkänd. */
	void reportApproved(UUID grantId);

	/** The officer returned the report for completion (called by the report piece). */
	void reportReturned(UUID grantId);

	/** Payment instructions for the finance system, one line per grant of the year's decision, as CSV (officers). */
	String paymentInstructionsCsv(int year);

	/** The committee decisions that made grants, newest first, of one year or all when null (officers). */
	List<DecisionPayments> decisions(Integer year);

	/**
	 * Payment instructions for the finance system, one line per grant of one committee decision, as CSV (officers); a
	 * decision that made no grant is not found.
	 */
	String paymentInstructionsCsv(UUID decisionDocumentId);

	/** Granted, paid and repaid per year, newest first, of one year or all when null (officers). */
	List<YearTotals> totals(Integer year);
}
