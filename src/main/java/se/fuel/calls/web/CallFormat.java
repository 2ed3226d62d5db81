package se.fuel.calls.web;

import java.time.Instant;
import java.time.LocalDate;

import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallStatus;
import se.fuel.calls.CallView;
import se.fuel.calls.domain.CallLabels;
import se.fuel.common.SwedishFormat;

/** What the call pages need to write amounts, times, statuses and section names the Swedish way. */
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

	public String section(ApplicationSection section) {
		return CallLabels.section(section);
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

	/** The element id a violation of the field links to from the error summary. */
	public String anchor(String field) {
		return field == null ? "" : field.replace('.', '-');
	}

	/** The request parameter of the field: word limits bind to a map, {@code wordLimits[problem]}. */
	public String param(String field) {
		int dot = field.indexOf('.');
		return dot < 0 ? field : field.substring(0, dot) + "[" + field.substring(dot + 1) + "]";
	}

	public ApplicationSection[] sections() {
		return ApplicationSection.values();
	}
}
