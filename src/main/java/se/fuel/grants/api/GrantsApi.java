package se.fuel.grants.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.common.NotFoundException;
import se.fuel.common.web.EntityTags;
import se.fuel.grants.GrantView;
import se.fuel.grants.Grants;

/** Grants as JSON; the same service and so the same authorization as the pages. */
@RestController
@Tag(name = "Beviljade medel", description = "Bidrag som nämnden beviljat: belopp, period och redovisningsdatum")
class GrantsApi {

	private final Grants grants;

	GrantsApi(Grants grants) {
		this.grants = grants;
	}

	@GetMapping("/api/v1/grants")
	@Operation(summary = "Beviljade medel: handläggare ser alla, sökande sin egen förvaltnings; valfritt år")
	List<GrantView> list(@RequestParam(required = false) Integer year) {
		return grants.visible(year);
	}

	@GetMapping("/api/v1/grants/{id}")
	@Operation(summary = "Ett beviljat bidrag med version (även som ETag); 404 för en annan förvaltnings")
	ResponseEntity<GrantView> one(@PathVariable UUID id) {
		var grant = grants.find(id).orElseThrow(() -> new NotFoundException("Beviljade medel finns inte."));
		return EntityTags.ok(grant, grant.version());
	}
}
