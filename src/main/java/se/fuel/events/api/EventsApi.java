package se.fuel.events.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.common.web.EntityTags;
import se.fuel.events.CompetenceEvents;
import se.fuel.events.EvaluationSummary;
import se.fuel.events.EventInput;
import se.fuel.events.EventOverview;
import se.fuel.events.EventView;

/** Competence-development events as JSON; the same service and so the same authorization as the pages. */
@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Kompetensutveckling", description = "Seminarier, workshops, studieresor m.m. med deltagare och betyg 1–10")
class EventsApi {

	private final CompetenceEvents events;

	EventsApi(CompetenceEvents events) {
		this.events = events;
	}

	@GetMapping
	@Operation(summary = "Alla aktiviteter, senaste först (alla inloggade)")
	List<EventView> events() {
		return events.events();
	}

	@GetMapping("/overview")
	@Operation(summary = "Aktiviteter per år och typ och deltagare per organisation: samma siffror som översikten")
	EventOverview overview(
			@Parameter(description = "true: historiska organisationer räknas under dagens (Rinkeby under Järva)")
			@RequestParam(defaultValue = "false") boolean today) {
		return events.overview(today);
	}

	@GetMapping("/{id}")
	@Operation(summary = "En aktivitet med deltagare, utvärdering och version (även som ETag) (alla inloggade)")
	ResponseEntity<EventView> event(@PathVariable UUID id) {
		var event = events.event(id);
		return EntityTags.ok(event, event.version());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Registrerar en aktivitet (handläggare)")
	EventView register(@RequestBody EventInput input) {
		return events.register(input);
	}

	/** A change, with the version it was made on when the client does not send If-Match. */
	record Change(@JsonUnwrapped EventInput input, Long version) implements EntityTags.VersionedBody {
	}

	@PutMapping("/{id}")
	@Operation(summary = "Ändrar en aktivitet (handläggare). Med If-Match eller version i kroppen: 412 respektive 409 "
			+ "om någon annan har ändrat aktiviteten sedan dess")
	ResponseEntity<EventView> update(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Change change) {
		var saved = events.update(id, change.input(), change.opened(ifMatch));
		return EntityTags.ok(saved, saved.version());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Tar bort en aktivitet (handläggare)")
	void delete(@PathVariable UUID id) {
		events.delete(id);
	}

	@PostMapping(path = "/{id}/ratings", consumes = { "text/csv", "text/plain" })
	@Operation(summary = "Ersätter utvärderingen med betygen i en CSV-fil (handläggare); hela filen kontrolleras först")
	EvaluationSummary importRatings(@PathVariable UUID id, @RequestBody byte[] csv) {
		return events.importRatings(id, csv);
	}

	@PutMapping(path = "/{id}/ratings", consumes = "application/json")
	@Operation(summary = "Ersätter utvärderingen med antal svar per betyg, t.ex. {\"8\": 10, \"10\": 14} (handläggare)")
	EvaluationSummary enterRatings(@PathVariable UUID id, @RequestBody Map<Integer, Integer> responsesPerRating) {
		return events.enterRatings(id, responsesPerRating);
	}
}
