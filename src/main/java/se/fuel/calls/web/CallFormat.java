package se.fuel.calls.web;

import java.time.Instant;
import java.time.LocalDate;

import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallStatus;
import se.fuel.calls.CallView;
import se.fuel.common.SwedishFormat;

/** What the call pages need to write amounts, times and statuses the Swedish way. */
public final class CallFormat {

	private final Instant now;

	CallFormat(Instant now) {
		this.now = now;
	}

	public String kronor(Long amount) {
		return amount == null ? "" : SwedishFormat.kronor(amount);
	}

	public String dateTime(Instant instant) {
		return SwedishFormat.dateTime(instant);
	}

	public String date(LocalDate date) {
		return SwedishFormat.longDate(date);
	}

	public CallStatus status(CallView call) {
		return call.statusAt(now);
	}

	/** The GOV.UK tag colour; the status is always written out too, so colour is never the only meaning. */
	public String tagClass(CallView call) {
		return switch (call.statusAt(now)) {
			case DRAFT -> "govuk-tag govuk-tag--grey";
			case UPCOMING -> "govuk-tag govuk-tag--blue";
			case OPEN -> "govuk-tag govuk-tag--green";
			case CLOSED -> "govuk-tag govuk-tag--red";
		};
	}

	public ApplicationSection[] sections() {
		return ApplicationSection.values();
	}
}
