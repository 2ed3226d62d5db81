package se.fuel.applications.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.ui.Model;
import se.fuel.applications.eligibility.SectionLabels;
import se.fuel.calls.ApplicationForm;
import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallView;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.web.FormSubmission;

/** Fills the model of the application form: the call's sections with labels and word limits, and any errors. */
final class FormPage {

	/** A text section as the form shows it. */
	record SectionField(String name, Text label, Text hint, Integer maxWords, boolean required) {
	}

	private static final List<ApplicationSection> PROJECT_SECTIONS = List.of(ApplicationSection.targetGroup,
			ApplicationSection.problem, ApplicationSection.goals, ApplicationSection.method,
			ApplicationSection.researchLink, ApplicationSection.genderAnalysis, ApplicationSection.implementationPlan);

	/** Fields in the form's order, so that the error summary lists problems as the applicant meets them. */
	private static final List<String> FIELD_ORDER = List.of("call", "organisation", "status", "title", "contactName",
			"contactEmail", "contactPhone", "destination", "participantCount", "participantRoles", "targetGroup",
			"problem", "goals", "method", "researchLink", "genderAnalysis", "implementationPlan", "purpose",
			"priorityAreas", "budgetLines", "requestedAmount", "startDate", "endDate", "partnerOrganisationIds",
			"declaredNotCourseOrConference", "file", "message");

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
			.map(s -> new SectionField(s.name(), SectionLabels.of(s), Text.of("applications.sectionHint." + s.name()),
					call.wordLimits().get(s), call.requiredSections().contains(s)))
			.toList();
	}

	/** The violations in the model, in the form's order. */
	static void errors(Model model, List<Violation> violations) {
		FormSubmission.show(model, violations, FIELD_ORDER);
	}
}
