package se.fuel.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.fuel.common.AccessDeniedException;
import se.fuel.common.Text;

/**
 * Who is signed in, and read access to users for the other modules.
 */
public interface Identity {

	/** The signed-in user; throws {@link AccessDeniedException} when nobody is. */
	CurrentUser current();

	Optional<CurrentUser> currentIfAny();

	/** The signed-in user, refused with 403 unless they hold one of the roles. */
	default CurrentUser require(Role... roles) {
		CurrentUser user = current();
		if (!user.is(roles)) {
			throw new AccessDeniedException(Text.of("common.access.role"));
		}
		return user;
	}

	Optional<UserSummary> user(UUID id);

	List<UserSummary> usersWithRole(Role role);

	/** What other modules may know of a user. */
	record UserSummary(UUID id, String username, String displayName, String email, String phone, Role role,
			UUID organisationId, String title) {
	}
}
