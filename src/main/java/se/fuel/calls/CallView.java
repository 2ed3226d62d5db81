package se.fuel.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A call (utlysning) with every rule an application is checked against. Amounts in whole kronor; times are instants,
 * shown in Europe/Stockholm.
 *
 * @param capGroup calls of the same year sharing a cap group share the cap on grants per organisation (in 2019: "högst
 * tre ansökningar för både lokala utvecklingsprojekt och studieresor")
 * @param maxGrantsPerOrganisation the cap on grants per organisation and year across the cap group, or null for none
 * @param longestPeriodMonths the longest project period, or null for none
 * @param wordLimits maximum words per text section; a section without an entry has no limit
 */
public record CallView(UUID id, String programmeCode, String programmeName, ApplicationForm form, int year,
		String title, String description, long budget, Instant opensAt, Instant closesAt, long maxAmountPerApplication,
		Integer maxGrantsPerOrganisation, String capGroup, Integer longestPeriodMonths, List<String> mainCriteria,
		List<String> priorityAreas, Set<ApplicationSection> requiredSections,
		Map<ApplicationSection, Integer> wordLimits, LocalDate reportDueDate, LocalDate repaymentNoticeDate,
		boolean published, String registrationPrefix) {

	public CallStatus statusAt(Instant now) {
		if (!published) {
			return CallStatus.DRAFT;
		}
		if (now.isBefore(opensAt)) {
			return CallStatus.UPCOMING;
		}
		return now.isBefore(closesAt) ? CallStatus.OPEN : CallStatus.CLOSED;
	}

	public boolean openAt(Instant now) {
		return statusAt(now) == CallStatus.OPEN;
	}
}
