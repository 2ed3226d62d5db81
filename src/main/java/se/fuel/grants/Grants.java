package se.fuel.grants;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read access to grants. Officers and administrators see every grant; an applicant sees their own organisation's;
 * everyone else is refused (403). Another organisation's grant is answered as if it did not exist.
 */
public interface Grants {

	/** The grants the signed-in user may see, of the year or of every year when null, newest year first. */
	List<GrantView> visible(Integer year);

	/** The organisation's grants, newest year first; an applicant may only ask for their own organisation. */
	List<GrantView> ofOrganisation(UUID organisationId);

	/** Every grant of the year (officers). */
	List<GrantView> ofYear(int year);

	/** Years that have grants, newest first (officers). */
	List<Integer> years();

	/** The grant, if it exists and the signed-in user may see it. */
	Optional<GrantView> find(UUID grantId);
}
