package se.fuel.decisions.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.Outcomes;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.OwnOrganisationOnly;
import se.fuel.identity.Role;

/**
 * Decided outcomes: an applicant sees their own organisation's, officers all. Another organisation's outcome reads as
 * absent, so that nobody can probe which applications were decided.
 */
@Service
class OutcomeService implements Outcomes {

	private final RecordedOutcomeRepository outcomes;

	private final Identity identity;

	OutcomeService(RecordedOutcomeRepository outcomes, Identity identity) {
		this.outcomes = outcomes;
		this.identity = identity;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApplicationOutcome> mine() {
		CurrentUser me = identity.require(Role.APPLICANT, Role.OFFICER, Role.ADMIN);
		OwnOrganisationOnly scope = OwnOrganisationOnly.exceptOfficers(me);
		List<RecordedOutcome> found = scope.restricts()
				? outcomes.findByOrganisationIdOrderByYearDescRegistrationNumberAsc(scope.organisation())
				: outcomes.findAllByOrderByYearDescRegistrationNumberAsc();
		return found.stream().map(RecordedOutcome::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ApplicationOutcome> of(UUID applicationId) {
		CurrentUser me = identity.require(Role.APPLICANT, Role.OFFICER, Role.ADMIN);
		return outcomes.findById(applicationId)
			.filter(o -> OwnOrganisationOnly.exceptOfficers(me).sees(o.organisationId()))
			.map(RecordedOutcome::view);
	}
}
