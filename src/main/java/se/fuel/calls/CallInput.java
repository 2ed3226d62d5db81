package se.fuel.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.fuel.calls.ApplicationSection;

/**
 * What an officer gives for a new or changed call, from the page form or the API. Any field may be missing (null) so
 * that the rules can say what is wrong with each; {@link CallRules} decides whether it is a valid call.
 *
 * @param published null leaves publishing as it is
 * @param registrationPrefix prefix of the applications' registration numbers, "FoU" when blank
 */
public record CallInput(String programmeCode, Integer year, String title, String description, Long budget,
		Instant opensAt, Instant closesAt, Long maxAmountPerApplication, Integer maxGrantsPerOrganisation,
		String capGroup, Integer longestPeriodMonths, List<String> mainCriteria, List<String> priorityAreas,
		Set<ApplicationSection> requiredSections, Map<ApplicationSection, Integer> wordLimits,
		LocalDate reportDueDate, LocalDate repaymentNoticeDate, Boolean published, String registrationPrefix) {

	/** The non-blank entries, stripped, in the given order. */
	public static List<String> lines(List<String> entries) {
		return entries == null ? List.of()
				: entries.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
	}

	public boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
