package se.fuel.assessment.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.assessment.AssessmentInput;
import se.fuel.assessment.AssessmentView;
import se.fuel.assessment.Assessments;
import se.fuel.assessment.ReasonCategoryView;
import se.fuel.assessment.Recommendation;
import se.fuel.common.web.EntityTags;

/** The officers' assessments as JSON; the same service and so the same authorization as the pages. */
@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Bedömningar", description = "Handläggarnas bedömning av inskickade ansökningar (bara FoU-handläggare)")
class AssessmentsApi {

	private final Assessments assessments;

	AssessmentsApi(Assessments assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/reason-categories")
	@Operation(summary = "Avslagsgrunder")
	List<ReasonCategoryView> reasons() {
		return assessments.reasonCategories();
	}

	@PostMapping("/reason-categories")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Lägg till en avslagsgrund (FoU-handläggare); 422 med violations vid fel")
	ReasonCategoryView addReason(@RequestBody ReasonRequest request) {
		return assessments.addReasonCategory(request.name() == null ? "" : request.name());
	}

	@PutMapping("/reason-categories/{id}")
	@Operation(summary = "Ändra en avslagsgrund: namn, om den erbjuds och formuleringen i tjänsteutlåtandet "
			+ "(FoU-handläggare); 422 med violations vid fel")
	ReasonCategoryView changeReason(@PathVariable UUID id, @RequestBody ReasonRequest request) {
		return assessments.changeReasonCategory(id, request.name() == null ? "" : request.name(),
				request.active() == null || request.active(),
				request.documentPhrase() == null ? "" : request.documentPhrase());
	}

	/** A reason category as the page's form has it; {@code active} defaults to true. */
	record ReasonRequest(String name, Boolean active, String documentPhrase) {
	}

	@GetMapping("/{applicationId}")
	@Operation(summary = "En ansökans bedömning (tom om den inte påbörjats)")
	ResponseEntity<AssessmentView> get(@PathVariable UUID applicationId) {
		return versioned(assessments.find(applicationId));
	}

	@PutMapping("/{applicationId}")
	@Operation(summary = "Spara bedömningen: svar per huvudkriterium och prioriterat område i utlysningens ordning, "
			+ "och förslag till beslut; alla regelbrott besvaras på en gång med 422. Med If-Match eller fältet version "
			+ "(0 = ingen bedömning sparad än) vägras en sparning på en äldre version: 412 respektive 409")
	ResponseEntity<AssessmentView> put(@PathVariable UUID applicationId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody AssessmentRequest request) {
		return versioned(assessments.record(applicationId, request.toInput(),
				request.opened(ifMatch)));
	}

	private static ResponseEntity<AssessmentView> versioned(AssessmentView view) {
		return EntityTags.ok(view, view.version());
	}

	/**
	 * An assessment as sent: {@code criteria} and {@code priorityAreas} in the call's order; {@code version} the one
	 * read, to refuse a save on an older copy (may be left out).
	 */
	record AssessmentRequest(Long version, List<AssessmentInput.CriterionAnswer> criteria, List<Boolean> priorityAreas,
			Recommendation recommendation, Long partialAmount, UUID reasonCategoryId, String motivation) implements EntityTags.VersionedBody {

		AssessmentInput toInput() {
			return new AssessmentInput(criteria, priorityAreas, recommendation, partialAmount, reasonCategoryId,
					motivation);
		}
	}
}
