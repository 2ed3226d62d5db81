package se.fuel.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import se.fuel.identity.Role;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	List<UserAccount> findByRoleOrderByDisplayName(Role role);

	List<UserAccount> findAllByOrderByUsername();
}
