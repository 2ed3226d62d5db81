package se.fuel.grants;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.fuel.grants.AnnualReportContent.Project;
import se.fuel.grants.AnnualReportContent.Summary;
import se.fuel.grants.AnnualReportContent.SummaryRow;

/**
 * Table 1.3 of document 001, "Sammanlagd beviljade medel ... till stadsdelarna": per lead organisation the projects per
 * area, the number of projects, the total granted and how many the organisation plans to implement. A joint project
 * counts for its lead organisation only (document 001 counts SFI-plus for Rinkeby). Used by the annual report and by
 * the fund statistics, so that both always tell the same numbers.
 */
public final class ProjectsPerOrganisation {

	private ProjectsPerOrganisation() {
	}

	/**
	 * The table of the projects, one row per lead organisation (largest granted total first) and a totals row.
	 *
	 * @param areas the areas' columns in their order; a project of an area not listed is counted in its row's totals
	 * only
	 */
	public static Summary summarise(List<String> areas, List<Project> projects) {
		Map<UUID, List<Project>> byOrganisation = new LinkedHashMap<>();
		projects.forEach(p -> byOrganisation.computeIfAbsent(p.organisationId(), k -> new ArrayList<>()).add(p));
		List<SummaryRow> rows = byOrganisation.values()
			.stream()
			.map(own -> row(own.get(0).organisation(), areas, own))
			.sorted(Comparator.comparingLong(SummaryRow::granted).reversed().thenComparing(SummaryRow::organisation))
			.toList();
		return new Summary(List.copyOf(areas), rows, row("Totalt", areas, projects));
	}

	/** The areas of the projects in the order they first occur. */
	public static List<String> areasInOrder(List<Project> projects) {
		return projects.stream().map(Project::area).distinct().toList();
	}

	private static SummaryRow row(String organisation, List<String> areas, List<Project> projects) {
		Map<String, Integer> perArea = new LinkedHashMap<>();
		areas.forEach(a -> perArea.put(a, 0));
		projects.forEach(p -> perArea.computeIfPresent(p.area(), (a, n) -> n + 1));
		int yes = (int) projects.stream().filter(p -> Boolean.TRUE.equals(p.implementationPlan())).count();
		return new SummaryRow(organisation, List.copyOf(perArea.values()), projects.size(),
				projects.stream().mapToLong(Project::amount).sum(), yes, projects.size() - yes);
	}
}
