package se.fuel.applications;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Read access to sent-in applications for other modules; no role check, because callers check their own caller's
 * rights (only officers assess and allocate).
 */
public interface SubmittedApplications {

	/** The application if it has ever been sent in (it has a registration number). */
	Optional<SubmittedApplication> find(UUID applicationId);

	/** Applications of the call that are with the fund now (submitted, or decided since), by registration number. */
	List<SubmittedApplication> submittedTo(UUID callId);

	/** The partner organisations of a sent-in application, for conflict-of-interest (jäv) checks. */
	Set<UUID> partnersOf(UUID applicationId);

	/** The contact person the application names, if it names one with an e-mail address. */
	Optional<Contact> contactOf(UUID applicationId);

	/** The person an application names as its contact. */
	record Contact(String name, String email) {
	}

	/** A sent-in application's texts by section name, in the section order, for the R&D council's reading. */
	Map<String, String> textsOf(UUID applicationId);
}
