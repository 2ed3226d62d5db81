package se.fuel.knowledge.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import se.fuel.common.Versions;
import se.fuel.common.Violation;
import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeItemView;
import se.fuel.knowledge.KnowledgeKind;

/**
 * The edit form of an item as typed: lists of target groups and methods one per line, organisations in the order
 * chosen (the lead first).
 */
public record KnowledgeForm(String kind, String title, String summary, String body, String year, String grantId,
		List<String> organisationIds, String programmeCode, List<String> areaCodes, String targetGroups,
		String methods, String implementationStatus, String outcome, String contact, String version) {

	static KnowledgeForm empty() {
		return new KnowledgeForm("", "", "", "", "", "", List.of(), "", List.of(), "", "",
				ImplementationStatus.UNKNOWN.name(), "", "", "");
	}

	static KnowledgeForm of(KnowledgeItemView item) {
		KnowledgeItemInput in = item.toInput();
		return new KnowledgeForm(in.kind().name(), in.title(), text(in.summary()), text(in.body()),
				in.year() == null ? "" : in.year().toString(), in.grantId() == null ? "" : in.grantId().toString(),
				in.organisationIds().stream().map(UUID::toString).toList(), text(in.programmeCode()), in.areaCodes(),
				String.join("\n", in.targetGroups()), String.join("\n", in.methods()),
				in.implementationStatus().name(), text(in.outcome()), text(in.contact()), Long.toString(item.version()));
	}

	/** The version the form was opened on (the entity tag's number), or {@code null} when the form did not say. */
	Long openedVersion() {
		return Versions.fromIfMatch(version);
	}

	public List<String> organisationList() {
		return organisationIds == null ? List.of() : organisationIds;
	}

	public List<String> areaList() {
		return areaCodes == null ? List.of() : areaCodes;
	}

	/** The input, or violations for what could not be read (the service checks the rest). */
	KnowledgeItemInput input(List<Violation> violations) {
		KnowledgeKind k = null;
		try {
			k = kind == null || kind.isBlank() ? null : KnowledgeKind.valueOf(kind);
		}
		catch (IllegalArgumentException e) {
			violations.add(Violation.of("kind", "known-kind", "knowledge.form.rule.knownKind"));
		}
		Integer y = null;
		if (year != null && !year.isBlank()) {
			try {
				y = Integer.valueOf(year.strip());
			}
			catch (NumberFormatException e) {
				violations.add(Violation.of("year", "number", "knowledge.form.rule.yearNumber"));
			}
		}
		ImplementationStatus status = ImplementationStatus.UNKNOWN;
		try {
			if (implementationStatus != null && !implementationStatus.isBlank()) {
				status = ImplementationStatus.valueOf(implementationStatus);
			}
		}
		catch (IllegalArgumentException e) {
			violations.add(Violation.of("implementationStatus", "known-status", "knowledge.form.rule.knownStatus"));
		}
		List<UUID> orgs = new ArrayList<>();
		for (String id : organisationList()) {
			if (id == null || id.isBlank()) {
				continue;
			}
			try {
				orgs.add(UUID.fromString(id));
			}
			catch (IllegalArgumentException e) {
				violations.add(Violation.of("organisationIds", "known-organisation", "knowledge.form.rule.knownOrganisation"));
			}
		}
		UUID grant = null;
		try {
			grant = grantId == null || grantId.isBlank() ? null : UUID.fromString(grantId);
		}
		catch (IllegalArgumentException e) {
			violations.add(Violation.of("title", "grant", "knowledge.form.rule.grant"));
		}
		return new KnowledgeItemInput(k, title, summary, body, y, grant, orgs, programmeCode, areaList(),
				lines(targetGroups), lines(methods), status, outcome, contact);
	}

	private static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String text(String s) {
		return s == null ? "" : s;
	}
}
