package se.fuel.knowledge.api;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.fuel.knowledge.MethodCatalogue;
import se.fuel.knowledge.MethodInput;
import se.fuel.knowledge.MethodView;

/** The methods catalogue as JSON; the same service and so the same authorization as the pages. */
@RestController
@RequestMapping("/api/v1/knowledge/methods")
@Tag(name = "Metodkatalog", description = "Metoder efter Socialstyrelsens Metodguiden, med kunskapsläge och spridning")
class MethodsApi {

	private final MethodCatalogue catalogue;

	MethodsApi(MethodCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(summary = "Alla metoder i bokstavsordning (alla inloggade)")
	List<MethodView> methods() {
		return catalogue.methods();
	}

	@GetMapping("/{id}")
	@Operation(summary = "En metod (alla inloggade)")
	MethodView method(@PathVariable UUID id) {
		return catalogue.method(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Lägger till en metod (handläggare)")
	MethodView create(@RequestBody MethodInput input) {
		return catalogue.create(input);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Ändrar en metod (handläggare)")
	MethodView update(@PathVariable UUID id, @RequestBody MethodInput input) {
		return catalogue.update(id, input);
	}
}
