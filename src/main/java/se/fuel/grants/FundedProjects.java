package se.fuel.grants;

import java.util.List;

/**
 * The grants and their handed-in reports for statistics. No role check: it is called by the system; the caller
 * checks its own caller's rights (grant figures are public, the statistics decide what else a user may see).
 */
public interface FundedProjects {

	/** Every grant, historical ones included, oldest year first. */
	List<GrantView> all();

	/**
	 * The grants of {@code fromYear} to {@code toYear} as the annual report tells them, in reference order; a
	 * programme's name standing for a grant's area is in the current request's language.
	 */
	List<AnnualReportContent.Project> asReported(int fromYear, int toYear);

	/** Every grant whose report was handed in (inlämnad or godkänd), oldest year first. */
	List<HandedInReport> handedIn();
}
