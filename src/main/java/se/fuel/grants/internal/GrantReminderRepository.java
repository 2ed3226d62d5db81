package se.fuel.grants.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface GrantReminderRepository extends JpaRepository<GrantReminder, UUID> {

	List<GrantReminder> findByGrantIdOrderBySentOnDescKindAsc(UUID grantId);

	List<GrantReminder> findByGrantIdAndKind(UUID grantId, GrantReminder.Kind kind);
}
