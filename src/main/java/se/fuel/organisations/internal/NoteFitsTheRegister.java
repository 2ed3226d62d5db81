package se.fuel.organisations.internal;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** An officer's note on an organisation fits the register. */
final class NoteFitsTheRegister implements Rule<OrganisationCandidate> {

	static final int MAX_LENGTH = 1000;

	@Override
	public List<Violation> check(OrganisationCandidate candidate) {
		String note = candidate.input().note();
		return note != null && note.trim().length() > MAX_LENGTH
				? List.of(Violation.of("note", "max-length", "organisations.rule.note.maxLength",
						String.valueOf(MAX_LENGTH)))
				: List.of();
	}
}
