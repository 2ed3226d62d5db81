package se.fuel.organisations.internal;

import java.util.List;
import java.util.UUID;

import se.fuel.common.Rule;
import se.fuel.common.Violation;
import se.fuel.organisations.OrganisationInput;

/**
 * Every rule an organisation in the register must follow, checked together so that the officer sees all that is wrong
 * at once. A new rule is one more class here.
 */
final class OrganisationRules implements Rule<OrganisationCandidate> {

	private final List<Rule<OrganisationCandidate>> rules = List.of(new CodeIsWellFormedAndUnique(),
			new NameIsGiven(), new KindIsChosen(), new UnitHasAnExistingParent(), new HierarchyHasNoCycles(),
			new PeriodIsOrdered(), new SuccessorExists(), new SuccessorIsNotItself(), new SuccessorRequiresEndDate(),
			new LineageHasNoCycles(), new SuccessionIsComplete(), new NoteFitsTheRegister());

	@Override
	public List<Violation> check(OrganisationCandidate candidate) {
		return rules.stream().flatMap(rule -> rule.check(candidate).stream()).toList();
	}

	/**
	 * @param self the organisation's id (a new organisation: the id it will get)
	 * @param input what the officer gave
	 * @param register every organisation as it is now
	 */
	List<Violation> check(UUID self, OrganisationInput input, List<Organisation> register) {
		return check(OrganisationCandidate.of(self, input, register));
	}
}
