package se.fuel.identity;

/**
 * What a user may do in Fuel. Each user has exactly one role and belongs to one organisation.
 */
public enum Role {

	/** Sökande: staff of one administration who apply for their own administration. */
	APPLICANT,
	/** FoU-handläggare: fund officers who run calls, assess and follow up. */
	OFFICER,
	/** FoU-rådet: council members who score the applications assigned to them. */
	COUNCIL,
	/** Attestant: socialdirektör, avdelningschef, who sign decision documents. */
	ATTESTANT,
	/** Läsare: any staff of the city, reading the knowledge bank and statistics. */
	READER,
	/** Administratör: users, roles, organisations and reference data. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}
}
