package se.fuel.assessment;

import java.util.List;

/**
 * Where the assessment finds earlier projects like an application: implemented by the knowledge bank, which depends
 * on the assessment module through decisions and grants, so assessment cannot call it directly. No role check of its
 * own: {@link SimilarProjects} checks the caller.
 */
public interface EarlierProjects {

	/**
	 * The five most similar earlier published projects.
	 *
	 * @param text what the application says of its problem, goals, method or purpose
	 * @param targetGroups the application's target group(s)
	 */
	List<SimilarProject> like(String title, String text, List<String> targetGroups);
}
