package se.fuel;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/**
 * Signs a web slice's request in: the security filters see the role's authority, and the mocked {@link Identity}
 * answers with the same person, as the real one would from the session.
 */
public final class SliceSignIn {

	private SliceSignIn() {
	}

	public static RequestPostProcessor as(Identity identity, Role role) {
		return as(identity, new CurrentUser(UUID.randomUUID(), role.name().toLowerCase() + "-slice",
				"Slice " + role.name().toLowerCase(), role, UUID.randomUUID()));
	}

	public static RequestPostProcessor as(Identity identity, CurrentUser user) {
		given(identity.current()).willReturn(user);
		given(identity.currentIfAny()).willReturn(Optional.of(user));
		return user(user.username()).authorities(new SimpleGrantedAuthority(user.role().authority()));
	}
}
