package se.fuel.knowledge.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.knowledge.KnowledgeAreaView;
import se.fuel.knowledge.KnowledgeAreas;

/**
 * The area taxonomy as the officers' page keeps it: add, rename, retire, reinstate and delete an unused area; the same
 * service, so the same rules, authorization and audit. Everyone reads the areas at
 * {@code GET /api/v1/knowledge/areas}.
 */
@RestController
@RequestMapping("/api/v1/knowledge/areas")
@Tag(name = "Kunskapsbank")
class KnowledgeAreasApi {

	private final KnowledgeAreas areas;

	KnowledgeAreasApi(KnowledgeAreas areas) {
		this.areas = areas;
	}

	/** A new area: its code (2–60 of a–z, 0–9 and "-") and Swedish name; a rename sends only the name. */
	record AreaRequest(String code, String label) {
	}

	@PostMapping
	@Operation(summary = "Lägg till ett område (handläggare); 422 med violations vid fel")
	ResponseEntity<KnowledgeAreaView> add(@RequestBody AreaRequest request) {
		var added = areas.add(blankIfNull(request.code()), blankIfNull(request.label()));
		return ResponseEntity.created(URI.create("/api/v1/knowledge/areas/" + added.code())).body(added);
	}

	@PutMapping("/{code}")
	@Operation(summary = "Byt namn på ett område (handläggare); 422 med violations vid fel")
	KnowledgeAreaView rename(@PathVariable String code, @RequestBody AreaRequest request) {
		return areas.rename(code, blankIfNull(request.label()));
	}

	@PostMapping("/{code}/retire")
	@Operation(summary = "Avveckla ett område: det erbjuds inte för nya underlag, de som har det behåller det")
	KnowledgeAreaView retire(@PathVariable String code) {
		return areas.retire(code);
	}

	@PostMapping("/{code}/reinstate")
	@Operation(summary = "Återinför ett avvecklat område (handläggare)")
	KnowledgeAreaView reinstate(@PathVariable String code) {
		return areas.reinstate(code);
	}

	@DeleteMapping("/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Ta bort ett område som inget underlag och ingen bevakning använder; 422 annars")
	void delete(@PathVariable String code) {
		areas.delete(code);
	}

	private static String blankIfNull(String value) {
		return value == null ? "" : value;
	}
}
