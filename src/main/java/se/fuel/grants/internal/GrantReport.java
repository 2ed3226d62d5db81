package se.fuel.grants.internal;

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
import se.fuel.grants.ReportStatus;

/**
 * A grant's report (redovisning): economy as budget lines and implementation as texts and counts. Budget lines and
 * outcomes are held as JSON text, written and read whole by the service.
 */
@Entity
@Table(name = "grant_report")
class GrantReport {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, unique = true)
	private UUID grantId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReportStatus status;

	private String whatWasDone;

	private Long participantsWomen;

	private Long participantsMen;

	private Long participantsOther;

	@Column(nullable = false)
	private String linesJson;

	@Column(nullable = false)
	private String outcomesJson;

	private String experiences;

	private Boolean implementationPlan;

	private String implementationPlanHow;

	private String proposals;

	private String returnMessage;

	private String coordinatorComment;

	private Instant submittedAt;

	private Instant decidedAt;

	@Column(nullable = false)
	private Instant updatedAt;

	protected GrantReport() {
	}

	public GrantReport(UUID grantId, Instant now) {
		this.id = UUID.randomUUID();
		this.grantId = grantId;
		this.status = ReportStatus.DRAFT;
		this.linesJson = "[]";
		this.outcomesJson = "[]";
		this.updatedAt = now;
	}

	public void write(String whatWasDone, Long women, Long men, Long other, String linesJson, String outcomesJson,
			String experiences, Boolean implementationPlan, String implementationPlanHow, String proposals,
			Instant now) {
		this.whatWasDone = whatWasDone;
		this.participantsWomen = women;
		this.participantsMen = men;
		this.participantsOther = other;
		this.linesJson = linesJson;
		this.outcomesJson = outcomesJson;
		this.experiences = experiences;
		this.implementationPlan = implementationPlan;
		this.implementationPlanHow = implementationPlanHow;
		this.proposals = proposals;
		this.updatedAt = now;
	}

	public void submitted(Instant now) {
		this.status = ReportStatus.HANDED_IN;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	public void approved(String comment, Instant now) {
		this.status = ReportStatus.APPROVED;
		this.coordinatorComment = comment;
		this.decidedAt = now;
		this.updatedAt = now;
	}

	public void returned(String message, Instant now) {
		this.status = ReportStatus.RETURNED;
		this.returnMessage = message;
		this.decidedAt = now;
		this.updatedAt = now;
	}

	/**
	 * The coordinator's comment (samordnarens kommentar) on the grant's follow-up, written by the officer whatever the
	 * report's status: also when no report came in at all (document 001: "Trots flera påminnelser har Rinkeby sdf …
	 * inte redovisat några resultat"). A blank comment removes it.
	 */
	public void writeCoordinatorComment(String comment, Instant at) {
		this.coordinatorComment = comment == null || comment.isBlank() ? null : comment.strip();
		this.updatedAt = at;
	}

	/** What the audit trail keeps of the report. */
	public Map<String, Object> snapshot() {
		var s = new LinkedHashMap<String, Object>();
		s.put("status", status.name());
		s.put("whatWasDone", whatWasDone);
		s.put("participants", String.valueOf(participantsWomen) + "/" + participantsMen + "/" + participantsOther);
		s.put("lines", linesJson);
		s.put("outcomes", outcomesJson);
		s.put("experiences", experiences);
		s.put("implementationPlan", implementationPlan);
		s.put("implementationPlanHow", implementationPlanHow);
		s.put("proposals", proposals);
		s.put("returnMessage", returnMessage);
		s.put("coordinatorComment", coordinatorComment);
		return s;
	}

	public UUID id() { return id; }
	public UUID grantId() { return grantId; }
	public long version() { return version; }
	public ReportStatus status() { return status; }
	public String whatWasDone() { return whatWasDone; }
	public Long participantsWomen() { return participantsWomen; }
	public Long participantsMen() { return participantsMen; }
	public Long participantsOther() { return participantsOther; }
	public String linesJson() { return linesJson; }
	public String outcomesJson() { return outcomesJson; }
	public String experiences() { return experiences; }
	public Boolean implementationPlan() { return implementationPlan; }
	public String implementationPlanHow() { return implementationPlanHow; }
	public String proposals() { return proposals; }
	public String returnMessage() { return returnMessage; }
	public String coordinatorComment() { return coordinatorComment; }
	public Instant submittedAt() { return submittedAt; }
	public Instant decidedAt() { return decidedAt; }
}
