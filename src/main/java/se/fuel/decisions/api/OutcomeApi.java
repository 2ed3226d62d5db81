package se.fuel.decisions.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.common.NotFoundException;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.Outcomes;

/** The committee's decisions on applications, for the applying organisation and officers. */
@RestController
@RequestMapping("/api/v1/outcomes")
@Tag(name = "Beslut", description = "Nämndens beslut om ansökningar")
class OutcomeApi {

	private final Outcomes outcomes;

	OutcomeApi(Outcomes outcomes) {
		this.outcomes = outcomes;
	}

	@GetMapping
	@Operation(summary = "Den inloggade sökandes organisations beslut, senaste år först")
	List<ApplicationOutcome> mine() {
		return outcomes.mine();
	}

	@GetMapping("/{applicationId}")
	@Operation(summary = "Beslutet om en ansökan; 404 före beslutet och för andra organisationers ansökningar")
	ApplicationOutcome of(@PathVariable UUID applicationId) {
		return outcomes.of(applicationId).orElseThrow(() -> new NotFoundException("outcome"));
	}
}
