package se.fuel.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.grants.AnnualReportContent.Project;
import se.fuel.grants.AnnualReportContent.Summary;

/**
 * Hand-worked: Rinkeby leads two projects (one SFI with Kista as partner, one Arbetsmarknad, no reports), Kista one
 * Socialmedicin project whose report says it will be implemented.
 */
class ProjectsPerOrganisationTests {

	static final UUID RINKEBY = UUID.randomUUID();

	static final UUID KISTA = UUID.randomUUID();

	static Project project(UUID org, String name, String area, long amount, Boolean plan, List<String> partners) {
		return new Project("2.1.1", UUID.randomUUID(), null, "P", "5+5", area, org, name, partners, amount, "2002",
				null, null, plan != null, null, null, plan, null, null, null);
	}

	static final List<Project> PROJECTS = List.of(
			project(RINKEBY, "Rinkeby", "SFI", 1_200_000, null, List.of("Kista")),
			project(RINKEBY, "Rinkeby", "Arbetsmarknad", 800_000, null, List.of()),
			project(KISTA, "Kista", "Socialmedicin", 500_000, true, List.of()));

	@Test
	void a_joint_project_counts_for_its_lead_organisation_only() {
		Summary s = ProjectsPerOrganisation.summarise(List.of("Arbetsmarknad", "SFI", "Socialmedicin"), PROJECTS);
		assertThat(s.rows()).extracting(r -> r.organisation()).containsExactly("Rinkeby", "Kista");
		assertThat(s.rows().get(0).perArea()).containsExactly(1, 1, 0);
		assertThat(s.rows().get(1).perArea()).containsExactly(0, 0, 1);
		assertThat(s.rows().get(0).granted()).isEqualTo(2_000_000);
	}

	@Test
	void a_project_without_a_report_counts_as_no_implementation_plan() {
		Summary s = ProjectsPerOrganisation.summarise(List.of("Arbetsmarknad", "SFI", "Socialmedicin"), PROJECTS);
		assertThat(List.of(s.rows().get(0).planYes(), s.rows().get(0).planNo())).containsExactly(0, 2);
		assertThat(List.of(s.total().projects(), s.total().planYes(), s.total().planNo())).containsExactly(3, 1, 2);
		assertThat(s.total().organisation()).isEqualTo("Totalt");
		assertThat(s.total().granted()).isEqualTo(2_500_000);
	}

	@Test
	void the_areas_come_in_the_order_the_projects_first_name_them() {
		assertThat(ProjectsPerOrganisation.areasInOrder(PROJECTS)).containsExactly("SFI", "Arbetsmarknad",
				"Socialmedicin");
	}
}
