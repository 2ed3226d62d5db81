package se.fuel.assessment.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import se.fuel.applications.SubmittedApplication;
import se.fuel.applications.SubmittedApplications;
import se.fuel.assessment.EarlierProjects;
import se.fuel.assessment.SimilarProject;
import se.fuel.assessment.SimilarProjects;
import se.fuel.calls.ApplicationSection;
import se.fuel.common.NotFoundException;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/**
 * Asks the knowledge bank for projects like the application: its title, its texts on the target group, problem, goals,
 * method and a study visit's purpose, and its target group.
 */
@Service
class SimilarProjectsService implements SimilarProjects {

	/** The sections that say what the project is about; the gender analysis and the like would only add noise. */
	private static final List<ApplicationSection> DESCRIBING = List.of(ApplicationSection.targetGroup,
			ApplicationSection.problem, ApplicationSection.goals, ApplicationSection.method,
			ApplicationSection.purpose);

	private final Identity identity;

	private final SubmittedApplications applications;

	private final EarlierProjects earlierProjects;

	SimilarProjectsService(Identity identity, SubmittedApplications applications, EarlierProjects earlierProjects) {
		this.identity = identity;
		this.applications = applications;
		this.earlierProjects = earlierProjects;
	}

	@Override
	public List<SimilarProject> of(UUID applicationId) {
		identity.require(Role.OFFICER, Role.ADMIN);
		SubmittedApplication application = applications.find(applicationId)
			.orElseThrow(() -> new NotFoundException("application"));
		Map<String, String> texts = applications.textsOf(applicationId);
		StringBuilder text = new StringBuilder();
		for (ApplicationSection section : DESCRIBING) {
			String value = texts.get(section.name());
			if (value != null && !value.isBlank()) {
				text.append(value.strip()).append('\n');
			}
		}
		String targetGroup = texts.get(ApplicationSection.targetGroup.name());
		return earlierProjects.like(application.title(), text.toString(),
				targetGroup == null || targetGroup.isBlank() ? List.of() : List.of(targetGroup.strip()));
	}
}
