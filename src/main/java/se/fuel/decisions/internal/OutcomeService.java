package se.fuel.decisions.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.Outcomes;
import se.fuel.decisions.domain.RecordedOutcome;
import se.fuel.decisions.domain.RecordedOutcomeRepository;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
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
		List<RecordedOutcome> found = me.isOfficer() ? outcomes.findAllByOrderByYearDescRegistrationNumberAsc()
				: outcomes.findByOrganisationIdOrderByYearDescRegistrationNumberAsc(me.organisationId());
		return found.stream().map(RecordedOutcome::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ApplicationOutcome> of(UUID applicationId) {
		CurrentUser me = identity.require(Role.APPLICANT, Role.OFFICER, Role.ADMIN);
		return outcomes.findById(applicationId)
			.filter(o -> me.isOfficer() || o.organisationId().equals(me.organisationId()))
			.map(RecordedOutcome::view);
	}
}
