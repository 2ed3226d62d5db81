package se.fuel.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.Text;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

@Service
@Transactional(readOnly = true)
class IdentityService implements Identity, UserDetailsService {

	private final UserAccountRepository users;

	IdentityService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	public FuelUserDetails loadUserByUsername(String username) {
		var account = users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException(username));
		return new FuelUserDetails(new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(),
				account.getRole(), account.getOrganisationId()), account.getPasswordHash(), account.isEnabled());
	}

	@Override
	public CurrentUser current() {
		return currentIfAny().orElseThrow(() -> new AccessDeniedException(Text.of("common.access.signedIn")));
	}

	@Override
	public Optional<CurrentUser> currentIfAny() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof FuelUserDetails details) {
			return Optional.of(details.user());
		}
		return Optional.empty();
	}

	@Override
	public Optional<UserSummary> user(UUID id) {
		return users.findById(id).map(UserAccount::summary);
	}

	@Override
	public List<UserSummary> usersWithRole(Role role) {
		return users.findByRoleOrderByDisplayName(role).stream().map(UserAccount::summary).toList();
	}
}
