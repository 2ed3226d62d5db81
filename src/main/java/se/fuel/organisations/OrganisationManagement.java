package se.fuel.organisations;

import java.util.List;
import java.util.UUID;

import se.fuel.common.Violation;

/**
 * Keeps the register of organisations: fund officers and administrators list, add and change organisations and their
 * lineage; every signed-in user may read the plain list. The read side for other modules is {@link Organisations}.
 */
public interface OrganisationManagement {

	/** Which organisations the register shows. */
	enum Filter {
		ALL, ACTIVE, HISTORICAL;

		public static Filter parse(String value) {
			for (Filter f : values()) {
				if (f.name().equalsIgnoreCase(value)) {
					return f;
				}
			}
			return ALL;
		}
	}

	/** An organisation with the version it was read at, which a change may name to be refused when stale. */
	record Versioned(OrganisationSummary organisation, long version) {
	}

	/** The organisation as its edit form starts, with the version the form was opened on. */
	record Editable(OrganisationInput input, long version) {
	}

	/** Every organisation, for anyone signed in (the API's read side). */
	List<OrganisationSummary> all();

	Versioned one(UUID id);

	/** The register as officers see it, with status and lineage. */
	List<OrganisationRow> overview(Filter filter);

	/** Refuses as {@link #details} does (officers only, an existing organisation) without building the page. */
	void requireDetailsReadable(UUID id);

	OrganisationDetails details(UUID id);

	Editable forEditing(UUID id);

	/** Organisations to choose a parent or successor among. */
	List<OrganisationSummary> choices();

	Versioned create(OrganisationInput input);

	/**
	 * @param earlier violations already found while reading the input (e.g. a date that is not a date), reported
	 * together with the rules' own
	 */
	Versioned create(OrganisationInput input, List<Violation> earlier);

	/**
	 * @param openedVersion the version the edit form was opened on; when someone else has saved since, the change is
	 * refused rather than silently overwriting theirs ({@code null}: no check)
	 */
	Versioned update(UUID id, OrganisationInput input, List<Violation> earlier, Long openedVersion);
}
