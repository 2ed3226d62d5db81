package se.fuel.knowledge.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeStatus;

/**
 * An item of the knowledge bank: a project plan, pre-study, report, travel report, method or other knowledge, linked
 * to its grant where it has one. Readers see it only while it is published; each publication keeps a version.
 */
@Entity
@Table(name = "knowledge_item")
public class KnowledgeItem {

	@Id
	private UUID id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private KnowledgeKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private KnowledgeStatus status;

	@Column(nullable = false)
	private String title;

	private String summary;

	private String body;

	private Integer year;

	private UUID grantId;

	private String programmeCode;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@BatchSize(size = 50)
	@CollectionTable(name = "knowledge_item_organisation", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "position")
	@Column(name = "organisation_id", nullable = false)
	private List<UUID> organisationIds = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@BatchSize(size = 50)
	@CollectionTable(name = "knowledge_item_area", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "position")
	@Column(name = "area_code", nullable = false)
	private List<String> areaCodes = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@BatchSize(size = 50)
	@CollectionTable(name = "knowledge_item_target_group", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "position")
	@Column(name = "target_group", nullable = false)
	private List<String> targetGroups = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@BatchSize(size = 50)
	@CollectionTable(name = "knowledge_item_method", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "position")
	@Column(name = "method_name", nullable = false)
	private List<String> methods = new ArrayList<>();

	/**
	 * The texts of the item's attachments, read only: kept by the attachment workflow, here so that search indexes
	 * them with the item. Loaded only when indexing.
	 */
	@OneToMany(fetch = FetchType.LAZY)
	@JoinColumn(name = "item_id", insertable = false, updatable = false)
	@BatchSize(size = 50)
	// Left null in a new item: Hibernate's merge (Spring Data's save of an item with its id set) cannot compare a
	// plain list with the database's.
	private List<KnowledgeAttachmentText> attachmentTexts;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ImplementationStatus implementationStatus;

	private String outcome;

	private String contact;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	private Instant publishedAt;

	@Column(nullable = false)
	private int publishedVersion;

	/**
	 * An approved report's content (a {@code KnowledgeItemInput} as JSON) waiting to replace what a published item
	 * shows; null when nothing waits. Readers never see it.
	 */
	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private String reportDraft;

	/** When the report of the waiting draft was approved. */
	private Instant reportDraftAt;

	protected KnowledgeItem() {
	}

	/** A new draft with the input's content. */
	public KnowledgeItem(KnowledgeItemInput input, Instant now) {
		this.id = UUID.randomUUID();
		this.status = KnowledgeStatus.DRAFT;
		this.createdAt = now;
		change(input, now);
	}

	/** Replaces the content; the status stays. */
	public void change(KnowledgeItemInput input, Instant now) {
		this.kind = input.kind();
		this.title = input.title().strip();
		this.summary = blankToNull(input.summary());
		this.body = blankToNull(input.body());
		this.year = input.year();
		this.grantId = input.grantId();
		this.programmeCode = blankToNull(input.programmeCode());
		this.organisationIds = new ArrayList<>(distinct(input.organisationIds()));
		this.areaCodes = new ArrayList<>(distinct(input.areaCodes()));
		this.targetGroups = new ArrayList<>(distinct(input.targetGroups()));
		this.methods = new ArrayList<>(distinct(input.methods()));
		this.implementationStatus = input.implementationStatus() == null ? ImplementationStatus.UNKNOWN
				: input.implementationStatus();
		this.outcome = blankToNull(input.outcome());
		this.contact = blankToNull(input.contact());
		this.updatedAt = now;
	}

	/** Publishes the item and returns the new version's number. */
	public int publish(Instant now) {
		this.status = KnowledgeStatus.PUBLISHED;
		this.publishedAt = now;
		this.updatedAt = now;
		return ++publishedVersion;
	}

	/** Keeps an approved report's content as the next draft, replacing one that waited already. */
	public void awaitReportDraft(String draftJson, Instant approvedAt) {
		this.reportDraft = draftJson;
		this.reportDraftAt = approvedAt;
	}

	/** The waiting report draft is applied or thrown away. */
	public void clearReportDraft() {
		this.reportDraft = null;
		this.reportDraftAt = null;
	}

	public void unpublish(Instant now) {
		this.status = KnowledgeStatus.UNPUBLISHED;
		this.updatedAt = now;
	}

	/** What the audit trail and the versions keep of the item. */
	public Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("kind", kind.name());
		s.put("status", status.name());
		s.put("title", title);
		s.put("summary", summary);
		s.put("body", body);
		s.put("year", year);
		s.put("grantId", grantId);
		s.put("organisationIds", List.copyOf(organisationIds));
		s.put("programmeCode", programmeCode);
		s.put("areaCodes", List.copyOf(areaCodes));
		s.put("targetGroups", List.copyOf(targetGroups));
		s.put("methods", List.copyOf(methods));
		s.put("implementationStatus", implementationStatus.name());
		s.put("outcome", outcome);
		s.put("contact", contact);
		return s;
	}

	private static <T> List<T> distinct(List<T> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream()
			.filter(v -> v != null && !(v instanceof String text && text.isBlank()))
			.map(v -> v instanceof String text ? (T) text.strip() : v)
			.distinct()
			.toList();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public UUID id() { return id; }
	public KnowledgeKind kind() { return kind; }
	public KnowledgeStatus status() { return status; }
	public String title() { return title; }
	public String summary() { return summary; }
	public String body() { return body; }
	public Integer year() { return year; }
	public UUID grantId() { return grantId; }
	public String programmeCode() { return programmeCode; }
	public List<UUID> organisationIds() { return List.copyOf(organisationIds); }
	public List<String> areaCodes() { return List.copyOf(areaCodes); }
	public List<String> targetGroups() { return List.copyOf(targetGroups); }
	public List<String> methods() { return List.copyOf(methods); }
	public ImplementationStatus implementationStatus() { return implementationStatus; }
	public String outcome() { return outcome; }
	public String contact() { return contact; }
	public Instant createdAt() { return createdAt; }
	public Instant updatedAt() { return updatedAt; }
	public Instant publishedAt() { return publishedAt; }
	public int publishedVersion() { return publishedVersion; }
	public String reportDraft() { return reportDraft; }
	public Instant reportDraftAt() { return reportDraftAt; }
	public long version() { return version; }
}
