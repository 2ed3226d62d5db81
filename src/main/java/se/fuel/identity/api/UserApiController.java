package se.fuel.identity.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.identity.internal.NewUser;
import se.fuel.identity.internal.UserAdministration;
import se.fuel.identity.internal.UserView;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Användare", description = "Lokala konton (endast administratörer)")
class UserApiController {

	private final UserAdministration administration;

	UserApiController(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	@Operation(summary = "Alla användare med roll och organisation (administratör)")
	List<UserView> all() {
		return administration.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "En användare (administratör)")
	UserView one(@PathVariable UUID id) {
		return administration.get(id);
	}

	@PostMapping
	@Operation(summary = "Skapa en användare (administratör); lösenordet minst 12 tecken; 422 med violations vid fel")
	ResponseEntity<UserView> create(@RequestBody NewUser user) {
		var created = administration.create(user);
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
	}
}
