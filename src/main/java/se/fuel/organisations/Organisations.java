package se.fuel.organisations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read access to the organisations of the city and outside it, with their history and lineage.
 */
public interface Organisations {

	Optional<OrganisationSummary> find(UUID id);

	Optional<OrganisationSummary> findByCode(String code);

	/** All organisations, historical ones included, sorted by name. */
	List<OrganisationSummary> all();

	/** Organisations that exist on the date: the ones an applicant can choose as partners. */
	List<OrganisationSummary> activeOn(LocalDate date);

	/**
	 * The organisation's name; empty for no id, and for an unknown id the placeholder {@code organisations.unknown}
	 * in the current request's language (Swedish outside a request).
	 */
	String nameOf(UUID id);

	/** The organisation that carries this one's work today: itself, or the end of its chain of successors. */
	OrganisationSummary today(UUID id);

	/**
	 * The organisation and every earlier one whose work it carries (all that merged into or were renamed to it, and
	 * theirs), so that statistics and history can follow an administration across reorganisations.
	 */
	List<OrganisationSummary> lineage(UUID id);
}
