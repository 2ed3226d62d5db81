package se.fuel.applications.eligibility;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import se.fuel.calls.ApplicationSection;

/**
 * The Swedish label of every text section of an application, as the applicant sees it in the form and in messages.
 * The one place these labels live: forms, error summaries and policies all take them from here.
 */
public final class SectionLabels {

	private static final Map<ApplicationSection, String> LABELS = new EnumMap<>(Map.of(
			ApplicationSection.targetGroup, "Målgrupp",
			ApplicationSection.problem, "Problemformulering",
			ApplicationSection.goals, "Mål och syfte",
			ApplicationSection.method, "Metod eller modell",
			ApplicationSection.researchLink, "Forskningsanknytning",
			ApplicationSection.genderAnalysis, "Jämställdhetsanalys",
			ApplicationSection.implementationPlan, "Implementeringsplan",
			ApplicationSection.purpose, "Syfte med studiebesöket"));

	private SectionLabels() {
	}

	public static String of(ApplicationSection section) {
		return LABELS.get(section);
	}

	/** Every section with its label, in the order of {@link ApplicationSection}. */
	public static Map<ApplicationSection, String> all() {
		return Collections.unmodifiableMap(LABELS);
	}
}
