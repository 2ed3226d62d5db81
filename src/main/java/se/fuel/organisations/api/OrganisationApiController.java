package se.fuel.organisations.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.internal.OrganisationInput;
import se.fuel.organisations.internal.OrganisationManagement;

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

	@GetMapping("/{id}")
	@Operation(summary = "En organisation")
	OrganisationSummary one(@PathVariable UUID id) {
		return management.one(id);
	}

	@PostMapping
	@Operation(summary = "Lägg till en organisation (FoU-handläggare, administratör); 422 med violations vid fel")
	ResponseEntity<OrganisationSummary> create(@RequestBody OrganisationInput input) {
		var created = management.create(input);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Ändra en organisation (FoU-handläggare, administratör); 422 med violations vid fel")
	OrganisationSummary update(@PathVariable UUID id, @RequestBody OrganisationInput input) {
		return management.update(id, input);
	}
}
