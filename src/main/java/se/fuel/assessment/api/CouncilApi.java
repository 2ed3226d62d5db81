package se.fuel.assessment.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.assessment.Council;

/** The R&D council's review as JSON; the same service and so the same authorization as the pages. */
@RestController
@Tag(name = "FoU-rådet", description = "Rådsledamöternas granskning av tilldelade ansökningar")
class CouncilApi {

	private final Council council;

	CouncilApi(Council council) {
		this.council = council;
	}

	@GetMapping("/api/v1/council/assignments")
	@Operation(summary = "Ansökningar tilldelade den inloggade rådsledamoten")
	List<Council.Assignment> assignments() {
		return council.myAssignments();
	}

	@GetMapping("/api/v1/council/{applicationId}")
	@Operation(summary = "En tilldelad ansökan; övriga ledamöters betyg syns först när egna betyg skickats in")
	Council.Review review(@PathVariable UUID applicationId) {
		return council.review(applicationId);
	}

	@PutMapping("/api/v1/council/{applicationId}/scores")
	@Operation(summary = "Betyg 1–5 med kommentar per huvudkriterium i utlysningens ordning; alla måste betygsättas")
	Council.Review scores(@PathVariable UUID applicationId, @RequestBody ScoresRequest request) {
		return council.score(applicationId, request.scores(), request.comments());
	}

	@PostMapping("/api/v1/assessments/{applicationId}/council")
	@Operation(summary = "Handläggare: tilldela rådsledamöter (ersätter tidigare val); 422 vid jäv")
	Council.CouncilOverview assign(@PathVariable UUID applicationId, @RequestBody AssignRequest request) {
		return council.assign(applicationId, request.memberIds());
	}

	@PostMapping("/api/v1/assessments/calls/{callId}/distribute")
	@Operation(summary = "Handläggare: fördela jämnt i rådet – varje ännu inte tilldelad ansökan till utlysningen får en "
			+ "ledamot utan jäv; svaret anger antalet och de ansökningar som ingen kunde få, med skäl")
	Council.Distribution distribute(@PathVariable UUID callId) {
		return council.distributeEvenly(callId);
	}

	@PostMapping("/api/v1/council/{applicationId}/conflict")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Rådsledamoten anmäler jäv av annat skäl, med skäl; tilldelningen tas bort; 422 utan skäl")
	void conflict(@PathVariable UUID applicationId, @RequestBody ConflictRequest request) {
		council.declareConflict(applicationId, request.reason());
	}

	/** Why the member is disqualified (jäv). */
	record ConflictRequest(String reason) {
	}

	record ScoresRequest(List<Integer> scores, List<String> comments) {
	}

	record AssignRequest(List<UUID> memberIds) {
	}
}
