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
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import se.fuel.knowledge.EvidenceStatus;
import se.fuel.knowledge.MethodInput;
import se.fuel.knowledge.MethodTrial;
import se.fuel.knowledge.MethodType;

/**
 * A method in the catalogue (after Socialstyrelsen's Metodguiden): what it is, for whom, what is known of its effect,
 * which projects tried it and which organisations took it into their regular work, so that spreading is visible.
 */
@Entity
@Table(name = "knowledge_method")
class Method {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MethodType type;

	private String targetGroup;

	private String purpose;

	private String howItIsDone;

	private String training;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EvidenceStatus evidenceStatus;

	private String evidenceSource;

	private String evidenceNote;

	@ElementCollection
	@CollectionTable(name = "knowledge_method_trial", joinColumns = @JoinColumn(name = "method_id"))
	@OrderColumn(name = "position")
	private List<Trial> trials = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "knowledge_method_adopter", joinColumns = @JoinColumn(name = "method_id"))
	@OrderColumn(name = "position")
	@Column(name = "name", nullable = false)
	private List<String> adopters = new ArrayList<>();

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	protected Method() {
	}

	public Method(MethodInput input, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		change(input, now);
	}

	/** Takes over everything typed; the input has been checked. */
	public void change(MethodInput input, Instant now) {
		this.name = input.name();
		this.type = input.type();
		this.targetGroup = input.targetGroup();
		this.purpose = input.purpose();
		this.howItIsDone = input.howItIsDone();
		this.training = input.training();
		this.evidenceStatus = input.evidenceStatus();
		this.evidenceSource = input.evidenceSource();
		this.evidenceNote = input.evidenceNote();
		this.trials = new ArrayList<>(input.trials().stream().map(Trial::of).toList());
		this.adopters = new ArrayList<>(input.adopters());
		this.updatedAt = now;
	}

	/** A small snapshot for the audit trail. */
	public Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("name", name);
		s.put("type", type.name());
		s.put("targetGroup", targetGroup);
		s.put("purpose", purpose);
		s.put("howItIsDone", howItIsDone);
		s.put("training", training);
		s.put("evidenceStatus", evidenceStatus.name());
		s.put("evidenceSource", evidenceSource);
		s.put("evidenceNote", evidenceNote);
		s.put("trials", trials.stream().map(t -> t.title).toList());
		s.put("adopters", List.copyOf(adopters));
		return s;
	}

	public UUID id() { return id; }
	public String name() { return name; }
	public MethodType type() { return type; }
	public String targetGroup() { return targetGroup; }
	public String purpose() { return purpose; }
	public String howItIsDone() { return howItIsDone; }
	public String training() { return training; }
	public EvidenceStatus evidenceStatus() { return evidenceStatus; }
	public String evidenceSource() { return evidenceSource; }
	public String evidenceNote() { return evidenceNote; }
	public List<MethodTrial> trials() { return trials.stream().map(Trial::view).toList(); }
	public List<String> adopters() { return List.copyOf(adopters); }
	public Instant updatedAt() { return updatedAt; }
	public long version() { return version; }

	/** A project that tried the method, as stored. */
	@Embeddable
	static class Trial {

		@Column(nullable = false)
		private String title;

		private Integer year;

		private UUID itemId;

		private UUID grantId;

		protected Trial() {
		}

		static Trial of(MethodTrial t) {
			Trial trial = new Trial();
			trial.title = t.title();
			trial.year = t.year();
			trial.itemId = t.itemId();
			trial.grantId = t.grantId();
			return trial;
		}

		MethodTrial view() {
			return new MethodTrial(title, year, itemId, grantId);
		}
	}
}
