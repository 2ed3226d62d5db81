package se.fuel.applications.eligibility;

import java.util.List;

import se.fuel.calls.CallView;
import se.fuel.common.SwedishFormat;

/**
 * An application can be submitted only while its call is open: published, from the opening time up to (not at) the
 * closing time. The window is given in Swedish time, as the call announced it.
 */
public final class InsideCallWindow implements EligibilityPolicy {

	public static final String RULE = "inside-call-window";

	@Override
	public List<Finding> check(SubmissionCandidate candidate) {
		CallView call = candidate.call();
		return switch (call.statusAt(candidate.now())) {
			case OPEN -> List.of();
			case DRAFT -> refuse("Utlysningen " + quoted(call) + " är inte publicerad och tar inte emot ansökningar.");
			case UPCOMING -> refuse("Utlysningen " + quoted(call) + " har inte öppnat ännu: ansökan kan lämnas in "
					+ window(call) + ".");
			case CLOSED -> refuse("Utlysningen " + quoted(call) + " har stängt: ansökan kunde lämnas in "
					+ window(call) + ".");
		};
	}

	private static List<Finding> refuse(String message) {
		return List.of(Finding.error(FieldLabels.CALL, RULE, message));
	}

	private static String window(CallView call) {
		return "från " + SwedishFormat.dateTime(call.opensAt()) + " till " + SwedishFormat.dateTime(call.closesAt())
				+ " svensk tid";
	}

	private static String quoted(CallView call) {
		return "\u201D" + call.title() + "\u201D";
	}
}
