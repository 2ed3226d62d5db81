package se.fuel.applications.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import se.fuel.applications.eligibility.SectionLabels;
import se.fuel.calls.ApplicationForm;
import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallView;
import se.fuel.common.Violation;

/** Fills the model of the application form: the call's sections with labels and word limits, and any errors. */
final class FormPage {

	/** A text section as the form shows it. */
	record SectionField(String name, String label, String hint, Integer maxWords, boolean required) {
	}

	private static final List<ApplicationSection> PROJECT_SECTIONS = List.of(ApplicationSection.targetGroup,
			ApplicationSection.problem, ApplicationSection.goals, ApplicationSection.method,
			ApplicationSection.researchLink, ApplicationSection.genderAnalysis, ApplicationSection.implementationPlan);

	private static final Map<ApplicationSection, String> HINTS = Map.of(
			ApplicationSection.targetGroup, "Vilka ska projektet vara till för?",
			ApplicationSection.problem, "Vilket problem ska projektet lösa, och hur vet ni att det finns?",
			ApplicationSection.goals, "Vad vill ni uppnå, och varför?",
			ApplicationSection.method, "Hur ska ni arbeta? Är arbetssättet nytt för målgruppen?",
			ApplicationSection.researchLink, "Vilken forskare eller handledare knyts till projektet?",
			ApplicationSection.genderAnalysis, "Hur påverkar projektet kvinnor och män, flickor och pojkar?",
			ApplicationSection.implementationPlan, "Hur ska arbetssättet leva vidare när projektet är slut?",
			ApplicationSection.purpose, "Vad vill ni lära er, och av vilka kollegor?");

	private FormPage() {
	}

	static List<SectionField> sections(CallView call) {
		var shown = new ArrayList<ApplicationSection>(call.form() == ApplicationForm.STUDY_VISIT
				? List.of(ApplicationSection.purpose) : PROJECT_SECTIONS);
		for (ApplicationSection s : ApplicationSection.values()) {
			if (!shown.contains(s) && call.requiredSections().contains(s)) {
				shown.add(s);
			}
		}
		return shown.stream()
			.map(s -> new SectionField(s.name(), SectionLabels.of(s), HINTS.get(s), call.wordLimits().get(s),
					call.requiredSections().contains(s)))
			.toList();
	}

	/** Fields in the form's order, so that the error summary lists problems as the applicant meets them. */
	private static final List<String> FIELD_ORDER = List.of("call", "organisation", "status", "title", "contactName",
			"contactEmail", "contactPhone", "destination", "participantCount", "participantRoles", "targetGroup",
			"problem", "goals", "method", "researchLink", "genderAnalysis", "implementationPlan", "purpose",
			"priorityAreas", "budgetLines", "requestedAmount", "startDate", "endDate", "partnerOrganisationIds",
			"declaredNotCourseOrConference", "file", "message");

	static void errors(Model model, List<Violation> unordered) {
		List<Violation> violations = unordered.stream()
			.sorted(java.util.Comparator.comparingInt(v -> FIELD_ORDER.indexOf(v.field())))
			.toList();
		var byField = new LinkedHashMap<String, List<String>>();
		for (Violation v : violations) {
			byField.computeIfAbsent(v.field(), f -> new ArrayList<>()).add(v.message().toString());
		}
		model.addAttribute("violations", violations);
		model.addAttribute("errors", byField);
	}
}
