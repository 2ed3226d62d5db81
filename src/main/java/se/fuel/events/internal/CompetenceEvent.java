package se.fuel.events.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.fuel.events.EventInput;
import se.fuel.events.EventKind;
import se.fuel.events.OrganisationParticipants;

/**
 * A competence-development event (seminar, workshop, lecture, study trip, network meeting...): when, what, for whom,
 * who came from which organisation, and the participants' ratings as responses per rating 1–10.
 */
@Entity
@Table(name = "competence_event")
public class CompetenceEvent {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "event_date", nullable = false)
	private LocalDate date;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventKind kind;

	private String organiser;

	private String targetGroup;

	private String description;

	private int otherParticipants;

	private int unspecifiedParticipants;

	@ElementCollection
	@CollectionTable(name = "competence_event_participant", joinColumns = @JoinColumn(name = "event_id"))
	private List<Participants> participants = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "competence_event_rating", joinColumns = @JoinColumn(name = "event_id"))
	private List<Ratings> ratings = new ArrayList<>();

	private String evaluationSource;

	private String evaluationNote;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	protected CompetenceEvent() {
	}

	public CompetenceEvent(EventInput input, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		change(input, now);
	}

	/** Takes over everything typed; the input has been checked. */
	public void change(EventInput input, Instant now) {
		this.date = input.date();
		this.title = input.title();
		this.kind = input.kind();
		this.organiser = input.organiser();
		this.targetGroup = input.targetGroup();
		this.description = input.description();
		this.otherParticipants = input.otherParticipants() == null ? 0 : input.otherParticipants();
		this.unspecifiedParticipants = input.unspecifiedParticipants() == null ? 0 : input.unspecifiedParticipants();
		this.participants.clear();
		if (input.participants() != null) {
			input.participants().stream()
				.filter(p -> p.participants() > 0)
				.forEach(p -> this.participants.add(Participants.of(p.organisationId(), p.participants())));
		}
		this.updatedAt = now;
	}

	/** Replaces the evaluation; {@code source} says how it came in (CSV or MANUAL). */
	public void evaluate(Map<Integer, Integer> responsesPerRating, String source, String note, Instant now) {
		this.ratings.clear();
		responsesPerRating.forEach((rating, count) -> {
			if (count > 0) {
				this.ratings.add(Ratings.of(rating, count));
			}
		});
		this.evaluationSource = ratings.isEmpty() ? null : source;
		this.evaluationNote = ratings.isEmpty() ? null : note;
		this.updatedAt = now;
	}

	public int totalParticipants() {
		return participants.stream().mapToInt(p -> p.participants).sum() + otherParticipants + unspecifiedParticipants;
	}

	public Map<Integer, Integer> responsesPerRating() {
		Map<Integer, Integer> map = new TreeMap<>();
		ratings.forEach(r -> map.put((int) r.rating, r.responses));
		return map;
	}

	/** A small snapshot for the audit trail. */
	public Map<String, Object> snapshot() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("date", String.valueOf(date));
		s.put("title", title);
		s.put("kind", kind.name());
		s.put("organiser", organiser);
		s.put("targetGroup", targetGroup);
		s.put("participants", participants.stream()
			.collect(java.util.stream.Collectors.toMap(p -> p.organisationId.toString(), p -> p.participants,
					(a, b) -> a, TreeMap::new)));
		s.put("otherParticipants", otherParticipants);
		s.put("unspecifiedParticipants", unspecifiedParticipants);
		s.put("totalParticipants", totalParticipants());
		s.put("ratings", responsesPerRating());
		return s;
	}

	public UUID id() { return id; }
	public LocalDate date() { return date; }
	public String title() { return title; }
	public EventKind kind() { return kind; }
	public String organiser() { return organiser; }
	public String targetGroup() { return targetGroup; }
	public String description() { return description; }
	public int otherParticipants() { return otherParticipants; }
	public int unspecifiedParticipants() { return unspecifiedParticipants; }
	public String evaluationSource() { return evaluationSource; }
	public String evaluationNote() { return evaluationNote; }
	public Instant updatedAt() { return updatedAt; }
	public long version() { return version; }

	public List<OrganisationParticipants> participants() {
		return participants.stream().map(p -> OrganisationParticipants.of(p.organisationId, p.participants)).toList();
	}

	/** Participants from one organisation, as stored. */
	@Embeddable
	static class Participants {

		@Column(nullable = false)
		private UUID organisationId;

		@Column(nullable = false)
		private int participants;

		protected Participants() {
		}

		static Participants of(UUID organisationId, int participants) {
			Participants p = new Participants();
			p.organisationId = organisationId;
			p.participants = participants;
			return p;
		}
	}

	/** Responses for one rating, as stored. */
	@Embeddable
	static class Ratings {

		@Column(nullable = false)
		private short rating;

		@Column(nullable = false)
		private int responses;

		protected Ratings() {
		}

		static Ratings of(int rating, int responses) {
			Ratings r = new Ratings();
			r.rating = (short) rating;
			r.responses = responses;
			return r;
		}
	}
}
