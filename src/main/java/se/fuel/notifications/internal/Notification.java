package se.fuel.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.fuel.notifications.NotificationKind;
import se.fuel.notifications.NotificationView;

/** One notification of one user; only its owner reads it or marks it read. */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	private UUID id;

	@Version
	private long version;

	private UUID userId;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private String messageKey;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<String> arguments;

	private String link;

	private Instant createdAt;

	private Instant readAt;

	protected Notification() {
	}

	Notification(UUID userId, Notice notice, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.kind = notice.kind();
		this.messageKey = notice.messageKey();
		this.arguments = List.copyOf(notice.arguments());
		this.link = notice.link();
		this.createdAt = createdAt;
	}

	/** Marks it read the first time; a later mark keeps the first time. */
	boolean read(Instant at) {
		if (readAt != null) {
			return false;
		}
		readAt = at;
		return true;
	}

	UUID id() { return id; }
	UUID userId() { return userId; }
	Instant readAt() { return readAt; }

	NotificationView view() {
		return new NotificationView(id, kind, messageKey, List.copyOf(arguments), link, createdAt, readAt);
	}
}
