package se.fuel.calls.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import se.fuel.calls.ApplicationForm;
import se.fuel.calls.CallStatus;
import se.fuel.calls.CallView;

/**
 * A call as the API shows it; {@code status} is computed at the time of the request, {@code version} is given where
 * one call is read or saved (not in lists).
 */
record CallJson(UUID id, String programme, String programmeName, ApplicationForm form, int year, String title,
		String description, CallStatus status, boolean published, long budget, Instant opensAt, Instant closesAt,
		long maxAmountPerApplication, Integer maxGrantsPerOrganisation, String capGroup, Integer longestPeriodMonths,
		List<String> mainCriteria, List<String> priorityAreas, List<String> requiredSections,
		Map<String, Integer> wordLimits, LocalDate reportDueDate, LocalDate repaymentNoticeDate,
		String registrationPrefix, Long version) {

	CallJson withVersion(long v) {
		return new CallJson(id, programme, programmeName, form, year, title, description, status, published, budget,
				opensAt, closesAt, maxAmountPerApplication, maxGrantsPerOrganisation, capGroup, longestPeriodMonths,
				mainCriteria, priorityAreas, requiredSections, wordLimits, reportDueDate, repaymentNoticeDate,
				registrationPrefix, v);
	}

	static CallJson of(CallView c, Instant now) {
		var limits = new TreeMap<String, Integer>();
		c.wordLimits().forEach((s, n) -> limits.put(s.name(), n));
		return new CallJson(c.id(), c.programmeCode(), c.programmeName(), c.form(), c.year(), c.title(),
				c.description(), c.statusAt(now), c.published(), c.budget(), c.opensAt(), c.closesAt(),
				c.maxAmountPerApplication(), c.maxGrantsPerOrganisation(), c.capGroup(), c.longestPeriodMonths(),
				c.mainCriteria(), c.priorityAreas(), c.requiredSections().stream().map(Enum::name).sorted().toList(),
				limits, c.reportDueDate(), c.repaymentNoticeDate(), c.registrationPrefix(), null);
	}
}
