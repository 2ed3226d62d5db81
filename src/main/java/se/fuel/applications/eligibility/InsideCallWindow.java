package se.fuel.applications.eligibility;

import java.util.List;

import se.fuel.calls.CallView;
import se.fuel.common.Rule;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;

/**
 * An application can be submitted only while its call is open: published, from the opening time up to (not at) the
 * closing time. The window is given in Swedish time, as the call announced it.
 */
public final class InsideCallWindow implements Rule<SubmissionCandidate> {

	public static final String RULE = "inside-call-window";

	@Override
	public List<Violation> check(SubmissionCandidate candidate) {
		CallView call = candidate.call();
		return switch (call.statusAt(candidate.now())) {
			case OPEN -> List.of();
			case DRAFT -> refuse("applications.rule.callNotPublished", call);
			case UPCOMING -> refuse("applications.rule.callNotYetOpen", call);
			case CLOSED -> refuse("applications.rule.callClosed", call);
		};
	}

	private static List<Violation> refuse(String key, CallView call) {
		return List.of(Violation.of(FieldLabels.CALL, RULE, key, call.title(), SwedishFormat.dateTime(call.opensAt()),
				SwedishFormat.dateTime(call.closesAt())));
	}
}
