package se.fuel.organisations.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.fuel.common.Versions;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.web.FormInput;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.Succession;
import se.fuel.organisations.OrganisationInput;
import se.fuel.organisations.OrganisationManagement;

/**
 * The organisation form exactly as typed, so that a rejected form comes back with the officer's own text.
 */
record OrganisationForm(String code, String name, String kind, String parentId, String validFrom, String validTo,
		String successorId, String succession, String note, String version) {

	static OrganisationForm empty() {
		return new OrganisationForm("", "", "", "", "", "", "", "", "", "");
	}

	static OrganisationForm of(OrganisationManagement.Editable editable) {
		var in = editable.input();
		return new OrganisationForm(in.code(), in.name(), in.kind() == null ? "" : in.kind().name(), text(in.parentId()),
				text(in.validFrom()), text(in.validTo()), text(in.successorId()),
				in.succession() == null ? "" : in.succession().name(), in.note() == null ? "" : in.note(),
				Long.toString(editable.version()));
	}

	/** The version the form was opened on (the entity tag's number), or {@code null} when the form did not say. */
	Long openedVersion() {
		return Versions.fromIfMatch(version);
	}

	record Parsed(OrganisationInput input, List<Violation> violations) {
	}

	Parsed parse() {
		var violations = new ArrayList<Violation>();
		var input = new OrganisationInput(code, name, parseEnum(OrganisationKind.class, kind),
				parseId(parentId, "parentId", Text.of("organisations.field.parentId"), violations),
				FormInput.date(validFrom, "validFrom", Text.of("organisations.field.validFrom"), violations),
				FormInput.date(validTo, "validTo", Text.of("organisations.field.validTo"), violations),
				parseId(successorId, "successorId", Text.of("organisations.field.successorId"), violations),
				parseEnum(Succession.class, succession), note);
		return new Parsed(input, violations);
	}

	private static UUID parseId(String value, String field, Text label, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException e) {
			violations.add(Violation.of(field, "exists", "organisations.rule.chooseFromList", label));
			return null;
		}
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(value)) {
				return e;
			}
		}
		return null;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}
}
