package se.fuel.knowledge.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

import se.fuel.common.web.EntityTags;
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
	@Operation(summary = "En metod med version (även som ETag) (alla inloggade)")
	ResponseEntity<MethodView> method(@PathVariable UUID id) {
		var method = catalogue.method(id);
		return EntityTags.ok(method, method.version());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Lägger till en metod (handläggare)")
	MethodView create(@RequestBody MethodInput input) {
		return catalogue.create(input);
	}

	/** A change, with the version it was made on when the client does not send If-Match. */
	record Change(@JsonUnwrapped MethodInput input, Long version) implements EntityTags.VersionedBody {
	}

	@PutMapping("/{id}")
	@Operation(summary = "Ändrar en metod (handläggare). Med If-Match eller version i kroppen: 412 respektive 409 om "
			+ "någon annan har ändrat metoden sedan dess")
	ResponseEntity<MethodView> update(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Change change) {
		var saved = catalogue.update(id, change.input(), change.opened(ifMatch));
		return EntityTags.ok(saved, saved.version());
	}
}
