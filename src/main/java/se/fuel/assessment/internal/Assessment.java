package se.fuel.assessment.internal;

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
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.fuel.assessment.Recommendation;

/**
 * The officer's assessment (bedömning) of one submitted application: each main criterion met or not with a
 * motivation, each priority area addressed or not, and the recommendation.
 */
@Entity
@Table(name = "assessment")
class Assessment {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "application_id", nullable = false, unique = true)
	private UUID applicationId;

	@Column(name = "call_id", nullable = false)
	private UUID callId;

	@Enumerated(EnumType.STRING)
	private Recommendation recommendation;

	private Long grantedAmount;

	private UUID reasonCategoryId;

	private String motivation;

	@Column(nullable = false)
	private String assessedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "assessment_criterion", joinColumns = @JoinColumn(name = "assessment_id"))
	@OrderColumn(name = "position")
	private List<CriterionResult> criteria = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "assessment_priority_area", joinColumns = @JoinColumn(name = "assessment_id"))
	@OrderColumn(name = "position")
	private List<AreaResult> priorityAreas = new ArrayList<>();

	protected Assessment() {
	}

	public Assessment(UUID applicationId, UUID callId) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.callId = callId;
	}

	/** Replaces every answer; the rules were checked by the caller. */
	public void record(List<CriterionResult> criteria, List<AreaResult> priorityAreas, Recommendation recommendation,
			Long grantedAmount, UUID reasonCategoryId, String motivation, String by, Instant at) {
		this.criteria.clear();
		this.criteria.addAll(criteria);
		this.priorityAreas.clear();
		this.priorityAreas.addAll(priorityAreas);
		this.recommendation = recommendation;
		this.grantedAmount = recommendation == Recommendation.PARTIAL_GRANT ? grantedAmount : null;
		this.reasonCategoryId = recommendation == Recommendation.REJECT ? reasonCategoryId : null;
		this.motivation = motivation;
		this.assessedBy = by;
		this.updatedAt = at;
	}

	/** The amount the recommendation grants, or null without a recommendation. */
	public Long recommendedAmount(long requested) {
		if (recommendation == null) {
			return null;
		}
		return switch (recommendation) {
			case GRANT -> requested;
			case PARTIAL_GRANT -> grantedAmount;
			case REJECT -> 0L;
		};
	}

	public Map<String, Object> snapshot() {
		var s = new LinkedHashMap<String, Object>();
		s.put("criteria", criteria.stream().map(c -> Map.of("criterion", c.criterion(), "met", String.valueOf(c.met()),
				"motivation", c.motivation() == null ? "" : c.motivation())).toList());
		s.put("priorityAreas", priorityAreas.stream()
			.map(a -> Map.of("area", a.area(), "addressed", String.valueOf(a.addressed()))).toList());
		s.put("recommendation", recommendation == null ? null : recommendation.name());
		s.put("grantedAmount", grantedAmount);
		s.put("reasonCategoryId", reasonCategoryId);
		s.put("motivation", motivation);
		return s;
	}

	public UUID id() { return id; }
	public long version() { return version; }
	public UUID applicationId() { return applicationId; }
	public UUID callId() { return callId; }
	public Recommendation recommendation() { return recommendation; }
	public Long grantedAmount() { return grantedAmount; }
	public UUID reasonCategoryId() { return reasonCategoryId; }
	public String motivation() { return motivation; }
	public String assessedBy() { return assessedBy; }
	public Instant updatedAt() { return updatedAt; }
	public List<CriterionResult> criteria() { return criteria; }
	public List<AreaResult> priorityAreas() { return priorityAreas; }
}
