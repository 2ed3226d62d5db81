package se.fuel.organisations.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import se.fuel.common.Violation;
import se.fuel.organisations.OrganisationKind;

/**
 * Every rule an organisation in the register must follow, checked together so that the officer sees all that is wrong
 * at once.
 */
final class OrganisationRules {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final PeriodIsOrdered periodIsOrdered = new PeriodIsOrdered();

	private final SuccessorIsNotItself successorIsNotItself = new SuccessorIsNotItself();

	private final SuccessorRequiresEndDate successorRequiresEndDate = new SuccessorRequiresEndDate();

	private final LineageHasNoCycles lineageHasNoCycles = new LineageHasNoCycles();

	private final HierarchyHasNoCycles hierarchyHasNoCycles = new HierarchyHasNoCycles();

	/**
	 * @param self the organisation's id (a new organisation: the id it will get)
	 * @param input what the officer gave
	 * @param register every organisation as it is now
	 */
	List<Violation> check(UUID self, OrganisationInput input, List<Organisation> register) {
		var violations = new ArrayList<Violation>();
		var successors = new HashMap<UUID, UUID>();
		var parents = new HashMap<UUID, UUID>();
		var names = new HashMap<UUID, String>();
		for (Organisation o : register) {
			names.put(o.getId(), o.getName());
			if (o.getSuccessorId() != null) {
				successors.put(o.getId(), o.getSuccessorId());
			}
			if (o.getParentId() != null) {
				parents.put(o.getId(), o.getParentId());
			}
		}
		checkCode(self, input.code(), register, violations);
		checkText(input.name(), "name", "Namn", 200, true, violations);
		if (input.kind() == null) {
			violations.add(new Violation("kind", "required", "Typ av organisation måste väljas."));
		}
		if (input.parentId() != null && !names.containsKey(input.parentId())) {
			violations.add(new Violation("parentId", "exists", "Överordnad organisation finns inte i registret."));
		}
		else if (input.kind() == OrganisationKind.UNIT && input.parentId() == null) {
			violations.add(new Violation("parentId", "required-for-unit",
					"Överordnad organisation måste anges för en enhet, till exempel Socialförvaltningen."));
		}
		hierarchyHasNoCycles.check(self, input.parentId(), parents).ifPresent(violations::add);
		periodIsOrdered.check(input.validFrom(), input.validTo()).ifPresent(violations::add);
		if (input.successorId() != null && !names.containsKey(input.successorId())) {
			violations.add(new Violation("successorId", "exists", "Efterträdaren finns inte i registret."));
		}
		successorIsNotItself.check(self, input.successorId()).ifPresent(violations::add);
		successorRequiresEndDate.check(input.successorId(), input.validTo()).ifPresent(violations::add);
		lineageHasNoCycles.check(self, input.successorId(), successors, names).ifPresent(violations::add);
		if (input.successorId() != null && input.succession() == null) {
			violations.add(new Violation("succession", "required-with-successor",
					"Typ av övergång måste väljas när en efterträdare anges: gick upp i eller bytte namn till."));
		}
		if (input.successorId() == null && input.succession() != null) {
			violations.add(new Violation("successorId", "required-with-succession",
					"Efterträdare måste väljas när en typ av övergång anges."));
		}
		checkText(input.note(), "note", "Anteckning", 1000, false, violations);
		return violations;
	}

	private static void checkCode(UUID self, String code, List<Organisation> register, List<Violation> violations) {
		if (code == null || code.isBlank()) {
			violations.add(new Violation("code", "required", "Kod måste anges, till exempel rinkeby-kista."));
			return;
		}
		String trimmed = code.trim();
		if (trimmed.length() > 60 || !SLUG.matcher(trimmed).matches()) {
			violations.add(new Violation("code", "slug",
					"Kod får bara innehålla små bokstäver a–z, siffror och enkla bindestreck mellan dem (högst 60 tecken), till exempel hagersten-alvsjo."));
			return;
		}
		register.stream()
			.filter(o -> o.getCode().equalsIgnoreCase(trimmed) && !o.getId().equals(self))
			.findFirst()
			.ifPresent(other -> violations.add(new Violation("code", "unique",
					"Kod \u201D" + trimmed + "\u201D används redan av " + other.getName() + ". Välj en annan kod.")));
	}

	private static void checkText(String value, String field, String label, int max, boolean required,
			List<Violation> violations) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new Violation(field, "required", label + " måste anges."));
			}
		}
		else if (value.trim().length() > max) {
			violations.add(new Violation(field, "max-length", label + " får vara högst " + max + " tecken."));
		}
	}
}
