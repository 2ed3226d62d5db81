package se.fuel.assessment;

import java.util.List;
import java.util.UUID;

/**
 * "Liknande projekt" of an application being assessed: the earlier published knowledge-bank items most like it, so
 * that the officer sees whether the method was already tried for the target group (the first main criterion). For
 * officers (and administrators) only, like the assessment itself.
 */
public interface SimilarProjects {

	/** The five most similar published items with why they match; 404 for an application never sent in. */
	List<SimilarProject> of(UUID applicationId);
}
