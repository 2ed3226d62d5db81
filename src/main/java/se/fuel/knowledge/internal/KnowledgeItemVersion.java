package se.fuel.knowledge.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One publication of a knowledge item: the JSON snapshot of what was published. Never changed. */
@Entity
@Table(name = "knowledge_item_version")
class KnowledgeItemVersion {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID itemId;

	@Column(nullable = false)
	private int number;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, columnDefinition = "jsonb")
	private String snapshot;

	@Column(nullable = false)
	private Instant publishedAt;

	@Column(nullable = false)
	private String publishedBy;

	protected KnowledgeItemVersion() {
	}

	public KnowledgeItemVersion(UUID itemId, int number, String snapshot, Instant publishedAt, String publishedBy) {
		this.id = UUID.randomUUID();
		this.itemId = itemId;
		this.number = number;
		this.snapshot = snapshot;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
	}

	public UUID id() { return id; }
	public UUID itemId() { return itemId; }
	public int number() { return number; }
	public String snapshot() { return snapshot; }
	public Instant publishedAt() { return publishedAt; }
	public String publishedBy() { return publishedBy; }
}
