package se.fuel.notifications.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

	/** The user's notifications, newest first (the id breaks ties, so a page boundary never repeats or skips one). */
	@Query("select n from Notification n where n.userId = :userId order by n.createdAt desc, n.id desc")
	Page<Notification> newestFirst(UUID userId, Pageable pageable);

	long countByUserIdAndReadAtIsNull(UUID userId);

	/** Marks every unread notification of the user read; returns how many were unread. */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update Notification n set n.readAt = :at, n.version = n.version + 1 where n.userId = :userId and n.readAt is null")
	int markAllRead(UUID userId, Instant at);
}
