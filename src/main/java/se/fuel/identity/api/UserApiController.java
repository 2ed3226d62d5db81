package se.fuel.identity.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.common.web.EntityTags;
import se.fuel.common.Violation;
import se.fuel.identity.Role;
import se.fuel.identity.NewUser;
import se.fuel.identity.UserChange;
import se.fuel.identity.UserAdministration;
import se.fuel.identity.UserView;

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
	@Operation(summary = "En användare med version (även som ETag) (administratör)")
	ResponseEntity<UserView> one(@PathVariable UUID id) {
		var user = administration.get(id);
		return EntityTags.ok(user, user.version());
	}

	@PostMapping
	@Operation(summary = "Skapa en användare (administratör); lösenordet minst 12 tecken; 422 med violations vid fel")
	ResponseEntity<UserView> create(@RequestBody NewUser user) {
		var created = administration.create(user);
		return EntityTags.created(URI.create("/api/v1/users/" + created.id()), created, created.version());
	}

	/**
	 * Everything an administrator may change on an account, all of it replaced; {@code enabled} is required so that a
	 * forgotten field never disables an account. {@code version}: the one read, when not sent as If-Match.
	 */
	record Change(String displayName, String email, String phone, Role role, UUID organisationId, Boolean enabled,
			String title, Long version) implements EntityTags.VersionedBody {
	}

	@PutMapping("/{id}")
	@Operation(summary = "Ändra en användare (administratör); 422 med violations vid fel. Med If-Match eller version "
			+ "i kroppen: 412 respektive 409 om någon annan har ändrat användaren sedan dess")
	ResponseEntity<UserView> update(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Change change) {
		var earlier = change.enabled() == null
				? List.of(Violation.of("enabled", "required", "identity.rule.enabled.required"))
				: List.<Violation>of();
		var saved = administration.update(id, new UserChange(change.displayName(), change.email(), change.phone(),
				change.role(), change.organisationId(), Boolean.TRUE.equals(change.enabled()), change.title()), earlier,
				change.opened(ifMatch));
		return EntityTags.ok(saved, saved.version());
	}

	/** The new password, as on the page: at least 12 characters. */
	record NewPassword(String password) {
	}

	@PutMapping("/{id}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Sätt ett nytt lösenord (administratör); användarens öppna sessioner avslutas; 422 med "
			+ "violations om lösenordet inte följer reglerna")
	void resetPassword(@PathVariable UUID id, @RequestBody NewPassword body) {
		administration.resetPassword(id, body.password() == null ? "" : body.password());
	}
}
