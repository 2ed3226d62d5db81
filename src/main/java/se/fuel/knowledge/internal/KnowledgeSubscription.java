package se.fuel.knowledge.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.fuel.knowledge.SubscriptionKind;

/**
 * A bevakning: one user follows an area, a target group or a saved search and is mailed when a matching item is
 * published for the first time.
 */
@Entity
@Table(name = "knowledge_subscription")
class KnowledgeSubscription {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false)
	private UUID userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SubscriptionKind kind;

	@Column(nullable = false)
	private String value;

	@Column(nullable = false)
	private Instant createdAt;

	protected KnowledgeSubscription() {
	}

	public KnowledgeSubscription(UUID userId, SubscriptionKind kind, String value, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.kind = kind;
		this.value = value;
		this.createdAt = createdAt;
	}

	/** What the audit trail keeps of it. */
	public Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("userId", userId);
		s.put("kind", kind.name());
		s.put("value", value);
		return s;
	}

	public UUID id() { return id; }
	public UUID userId() { return userId; }
	public SubscriptionKind kind() { return kind; }
	public String value() { return value; }
	public Instant createdAt() { return createdAt; }
}
