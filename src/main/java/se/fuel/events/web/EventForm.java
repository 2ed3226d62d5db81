package se.fuel.events.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.fuel.common.Text;
import se.fuel.common.Versions;
import se.fuel.common.Violation;
import se.fuel.common.web.FormInput;
import se.fuel.events.EventInput;
import se.fuel.events.EventKind;
import se.fuel.events.EventView;
import se.fuel.events.OrganisationParticipants;

/**
 * The event form as typed, so that a refused form comes back with everything in it. Participants per organisation
 * arrive as {@code participants[<organisation id>]}.
 */
public class EventForm {

	private String date;

	private String title;

	private String kind;

	private String organiser;

	private String targetGroup;

	private String description;

	private Map<String, String> participants = new LinkedHashMap<>();

	private String otherParticipants;

	private String unspecifiedParticipants;

	/** The version the form was opened on. */
	private String version;

	static EventForm of(EventView view) {
		EventForm form = new EventForm();
		form.date = view.date().toString();
		form.title = view.title();
		form.kind = view.kind().name();
		form.organiser = view.organiser();
		form.targetGroup = view.targetGroup();
		form.description = view.description();
		view.participants().forEach(p -> form.participants.put(p.organisationId().toString(),
				String.valueOf(p.participants())));
		form.otherParticipants = String.valueOf(view.otherParticipants());
		form.unspecifiedParticipants = String.valueOf(view.unspecifiedParticipants());
		form.version = Long.toString(view.version());
		return form;
	}

	/** The input, or the fields that could not even be read (not a date, not a whole number). */
	EventInput input(List<Violation> unreadable) {
		LocalDate day = FormInput.date(date, "date", Text.of("events.field.date"), unreadable);
		EventKind eventKind = null;
		if (kind != null && !kind.isBlank()) {
			try {
				eventKind = EventKind.valueOf(kind);
			}
			catch (IllegalArgumentException e) {
				unreadable.add(Violation.of("kind", "kind", "events.rule.kind.required"));
			}
		}
		List<OrganisationParticipants> counts = new ArrayList<>();
		participants.forEach((id, value) -> {
			Integer n = FormInput.integer(value, "participants-" + id, Text.of("events.label.participants"), unreadable);
			if (n != null && n != 0) {
				try {
					counts.add(OrganisationParticipants.of(UUID.fromString(id), n));
				}
				catch (IllegalArgumentException e) {
					unreadable.add(Violation.of("participants", "organisation", "events.rule.participants.unknown"));
				}
			}
		});
		Integer other = FormInput.integer(otherParticipants, "otherParticipants",
				Text.of("events.label.otherParticipants"), unreadable);
		Integer unspecified = FormInput.integer(unspecifiedParticipants, "unspecifiedParticipants",
				Text.of("events.label.unspecifiedParticipants"), unreadable);
		return new EventInput(day, title, eventKind, organiser, targetGroup, description, counts, other, unspecified);
	}

	public String getDate() { return date; }
	public void setDate(String date) { this.date = date; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind; }
	public String getOrganiser() { return organiser; }
	public void setOrganiser(String organiser) { this.organiser = organiser; }
	public String getTargetGroup() { return targetGroup; }
	public void setTargetGroup(String targetGroup) { this.targetGroup = targetGroup; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public Map<String, String> getParticipants() { return participants; }
	public void setParticipants(Map<String, String> participants) { this.participants = participants; }
	public String getOtherParticipants() { return otherParticipants; }
	public void setOtherParticipants(String otherParticipants) { this.otherParticipants = otherParticipants; }
	public String getUnspecifiedParticipants() { return unspecifiedParticipants; }
	public void setUnspecifiedParticipants(String unspecifiedParticipants) { this.unspecifiedParticipants = unspecifiedParticipants; }
	public String getVersion() { return version; }
	public void setVersion(String version) { this.version = version; }

	/** The version the form was opened on (the entity tag's number), or {@code null} when the form did not say. */
	Long openedVersion() {
		return Versions.fromIfMatch(version);
	}
}
