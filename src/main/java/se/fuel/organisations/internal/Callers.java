package se.fuel.organisations.internal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.Text;

/**
 * Who may read and change the register of organisations.
 */
final class Callers {

	// The identity module depends on this one (every user belongs to an organisation), so asking its Identity facade
	// here would make the modules depend on each other; the granted role authorities carry the same information.
	private Callers() {
	}

	static void requireSignedIn() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			throw new AccessDeniedException(Text.of("common.access.signedIn"));
		}
	}

	/** Fund officers and administrators keep the register. */
	static void requireOfficer() {
		requireSignedIn();
		boolean officer = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(a -> a.equals("ROLE_OFFICER") || a.equals("ROLE_ADMIN"));
		if (!officer) {
			throw new AccessDeniedException(Text.of("common.access.role"));
		}
	}
}
