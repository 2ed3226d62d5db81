package se.fuel.decisions.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.DecidedOutcomes;

/** Decided outcomes read for the fund statistics, which check their own caller's rights. */
@Service
class DecidedOutcomeDirectory implements DecidedOutcomes {

	private final RecordedOutcomeRepository outcomes;

	DecidedOutcomeDirectory(RecordedOutcomeRepository outcomes) {
		this.outcomes = outcomes;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApplicationOutcome> all() {
		return outcomes.findAllByOrderByYearDescRegistrationNumberAsc().stream().map(RecordedOutcome::view).toList();
	}
}
