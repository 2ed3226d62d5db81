package se.fuel.calls.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallInput;
import se.fuel.common.web.EntityTags;

/**
 * A new or changed call from the API; times as ISO-8601 instants, dates as YYYY-MM-DD, amounts in whole kronor.
 *
 * @param programme the programme's code, e.g. LUM
 * @param version the version read (as in GET's {@code version}), to refuse a save on an older copy; may be left out
 * @param published true to publish, false to unpublish, absent to leave as it is (new calls start unpublished)
 */
record CallRequest(String programme, Integer year, String title, String description, Long budget, Instant opensAt,
		Instant closesAt, Long maxAmountPerApplication, Integer maxGrantsPerOrganisation, String capGroup,
		Integer longestPeriodMonths, List<String> mainCriteria, List<String> priorityAreas,
		Set<ApplicationSection> requiredSections, Map<ApplicationSection, Integer> wordLimits, LocalDate reportDueDate,
		LocalDate repaymentNoticeDate, Boolean published, String registrationPrefix, Long version)
		implements EntityTags.VersionedBody {

	CallInput toInput() {
		return new CallInput(programme, year, title, description, budget, opensAt, closesAt, maxAmountPerApplication,
				maxGrantsPerOrganisation, capGroup, longestPeriodMonths, mainCriteria, priorityAreas, requiredSections,
				wordLimits, reportDueDate, repaymentNoticeDate, published, registrationPrefix);
	}
}
