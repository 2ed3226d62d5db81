package se.fuel.organisations.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.common.web.EntityTags;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.OrganisationInput;
import se.fuel.organisations.OrganisationManagement;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisationer", description = "Registret över organisationer med historik och linje (sammanslagningar, namnbyten)")
class OrganisationApiController {

	private final OrganisationManagement management;

	OrganisationApiController(OrganisationManagement management) {
		this.management = management;
	}

	@GetMapping
	@Operation(summary = "Alla organisationer, även upphörda, sorterade på namn")
	List<OrganisationSummary> all() {
		return management.all();
	}

	/** An organisation with the version it was read at; the same version comes as the ETag. */
	record Organisation(@JsonUnwrapped OrganisationSummary organisation, long version) {

		static Organisation of(OrganisationManagement.Versioned read) {
			return new Organisation(read.organisation(), read.version());
		}
	}

	/** A change, with the version it was made on when the client does not send If-Match. */
	record Change(@JsonUnwrapped OrganisationInput input, Long version) implements EntityTags.VersionedBody {
	}

	@GetMapping("/{id}")
	@Operation(summary = "En organisation med version (även som ETag)")
	ResponseEntity<Organisation> one(@PathVariable UUID id) {
		var read = management.one(id);
		return EntityTags.ok(Organisation.of(read), read.version());
	}

	@PostMapping
	@Operation(summary = "Lägg till en organisation (FoU-handläggare, administratör); 422 med violations vid fel")
	ResponseEntity<Organisation> create(@RequestBody OrganisationInput input) {
		var created = management.create(input);
		return EntityTags.created(URI.create("/api/v1/organisations/" + created.organisation().id()),
				Organisation.of(created), created.version());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Ändra en organisation (FoU-handläggare, administratör); 422 med violations vid fel. "
			+ "Med If-Match eller version i kroppen: 412 respektive 409 om någon annan har ändrat den sedan dess")
	ResponseEntity<Organisation> update(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Change change) {
		var saved = management.update(id, change.input(), List.of(), change.opened(ifMatch));
		return EntityTags.ok(Organisation.of(saved), saved.version());
	}
}
