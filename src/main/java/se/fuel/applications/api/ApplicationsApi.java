package se.fuel.applications.api;

import se.fuel.applications.Applications;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.applications.ApplicationStatus;
import se.fuel.applications.ApplicationDetails;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.common.web.EntityTags;

/** Applications as JSON: the same service, and therefore the same rules and authorization, as the pages. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Ansökningar", description = "Utkast, inskickning, komplettering")
class ApplicationsApi {

	private final Applications applications;

	ApplicationsApi(Applications applications) {
		this.applications = applications;
	}

	@GetMapping
	@Operation(summary = "Ansökningar som anroparen får se (sökande: egna förvaltningens; handläggare: alla)")
	List<ApplicationJson.Summary> list(@RequestParam(required = false) UUID callId,
			@RequestParam(required = false) UUID organisationId,
			@RequestParam(required = false) ApplicationStatus status) {
		return applications.list(callId, organisationId, status).stream()
			.map(a -> new ApplicationJson.Summary(a.id(), a.callId(), a.callTitle(), a.programmeCode(), a.year(),
					a.status().name(), a.registrationNumber(), a.leadOrganisationId(), a.leadOrganisationName(),
					a.title(), a.requestedAmount(), a.submittedAt()))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "En ansökan (404 om anroparen inte får se den)")
	ResponseEntity<ApplicationJson.Response> get(@PathVariable UUID id) {
		return versioned(applications.find(id));
	}

	@PostMapping
	@Operation(summary = "Skapa ett utkast till en utlysning för den egna förvaltningen")
	ResponseEntity<ApplicationJson.Response> create(@RequestBody ApplicationJson.Request request) {
		if (request.callId() == null) {
			throw new ViolationException(Violation.of("callId", "required", "applications.input.callId"));
		}
		var created = applications.create(request.callId(), request.toContent());
		return EntityTags.created(URI.create("/api/v1/applications/" + created.id()),
				ApplicationJson.Response.of(created), created.version());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Spara ett utkast (eller en ansökan som skickats tillbaka för komplettering). Med If-Match "
			+ "eller fältet version vägras en sparning på en äldre version: 412 respektive 409, och inget ändras")
	ResponseEntity<ApplicationJson.Response> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ApplicationJson.Request request) {
		return versioned(applications.update(id, request.toContent(), request.opened(ifMatch)));
	}

	private static ResponseEntity<ApplicationJson.Response> versioned(ApplicationDetails details) {
		return EntityTags.ok(ApplicationJson.Response.of(details), details.version());
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Skicka in: 200 med diarienummer, eller 422 med alla regler som inte är uppfyllda")
	ApplicationJson.Response submit(@PathVariable UUID id) {
		return ApplicationJson.Response.of(applications.submit(id));
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Återta ett utkast")
	ApplicationJson.Response withdraw(@PathVariable UUID id) {
		return ApplicationJson.Response.of(applications.withdraw(id));
	}

	@PostMapping("/{id}/return")
	@Operation(summary = "Handläggare: skicka tillbaka en inskickad ansökan för komplettering, med meddelande")
	ApplicationJson.Response returnForCompletion(@PathVariable UUID id,
			@RequestBody ApplicationJson.ReturnRequest request) {
		return ApplicationJson.Response.of(applications.returnForCompletion(id, request.message()));
	}
}
