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
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An R&D council member's (rådsledamot's) task to review one application, and their scores once submitted. */
@Entity
@Table(name = "council_assignment")
class CouncilAssignment {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false)
	private UUID applicationId;

	@Column(nullable = false)
	private UUID callId;

	@Column(nullable = false)
	private UUID memberId;

	@Column(nullable = false)
	private String memberName;

	@Column(nullable = false)
	private String assignedBy;

	@Column(nullable = false)
	private Instant assignedAt;

	private Instant submittedAt;

	@ElementCollection
	@CollectionTable(name = "council_score", joinColumns = @JoinColumn(name = "assignment_id"))
	@OrderColumn(name = "position")
	private List<CouncilScore> scores = new ArrayList<>();

	protected CouncilAssignment() {
	}

	public CouncilAssignment(UUID applicationId, UUID callId, UUID memberId, String memberName, String by,
			Instant at) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.callId = callId;
		this.memberId = memberId;
		this.memberName = memberName;
		this.assignedBy = by;
		this.assignedAt = at;
	}

	/** Replaces the scores; the rules were checked by the caller. */
	public void submit(List<CouncilScore> scores, Instant at) {
		this.scores.clear();
		this.scores.addAll(scores);
		this.submittedAt = at;
	}

	public Map<String, Object> snapshot() {
		var s = new LinkedHashMap<String, Object>();
		s.put("member", memberName);
		s.put("submitted", submittedAt != null);
		s.put("scores", scores.stream().map(c -> Map.of("criterion", c.criterion(), "score",
				String.valueOf(c.score()), "comment", c.comment() == null ? "" : c.comment())).toList());
		return s;
	}

	public UUID id() { return id; }
	public UUID applicationId() { return applicationId; }
	public UUID callId() { return callId; }
	public UUID memberId() { return memberId; }
	public String memberName() { return memberName; }
	public Instant assignedAt() { return assignedAt; }
	public Instant submittedAt() { return submittedAt; }
	public List<CouncilScore> scores() { return scores; }
}
