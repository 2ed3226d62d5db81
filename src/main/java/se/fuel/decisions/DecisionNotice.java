package se.fuel.decisions;

import java.util.List;
import java.util.UUID;

/**
 * Who will be told of the committee's decision on one application, and who cannot be, as the officer sees it before
 * recording the decision.
 */
public record DecisionNotice(UUID applicationId, String registrationNumber, String title, DecisionOutcome outcome,
		List<Recipient> recipients, List<Unreached> unreached) {

	/** Why a person gets the decision mail. */
	public enum Reason {
		/** A user of the applying organisation. */
		LEAD_ORGANISATION,
		/** A user of a partner organisation in a joint project. */
		PARTNER_ORGANISATION,
		/** The contact person the application names. */
		CONTACT_PERSON
	}

	/** Why someone who should be told will not be. */
	public enum Gap {
		/** The organisation has no user account in Fuel. */
		NO_ACCOUNT,
		/** The user has opted out of decision mails. */
		OPTED_OUT,
		/** The user's account has no e-mail address. */
		NO_ADDRESS
	}

	/** @param userId the Fuel user, or null for the contact person named in the application */
	public record Recipient(UUID userId, String name, String address, Reason reason) {
	}

	/** @param who the organisation or user */
	public record Unreached(String who, Gap gap) {
	}

	/** Everyone a decision on an application reaches, and those it cannot. */
	public record Reach(List<Recipient> recipients, List<Unreached> unreached) {
	}
}
