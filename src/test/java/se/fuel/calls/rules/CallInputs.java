package se.fuel.calls.rules;

import se.fuel.calls.CallInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.fuel.calls.ApplicationSection;

/** A valid call to vary in rule tests. */
final class CallInputs {

	private CallInputs() {
	}

	static CallInput valid() {
		return new CallInput("LUM", 2027, "Lokala utvecklingsmedel 2027", null, 3_000_000L,
				Instant.parse("2026-10-01T06:00:00Z"), Instant.parse("2027-03-31T21:59:00Z"), 750_000L, 3,
				"LUM+MUL 2027", 12, List.of("Nytt arbetssätt"), List.of("Förebyggande arbete"),
				Set.of(ApplicationSection.genderAnalysis), Map.of(ApplicationSection.problem, 300),
				LocalDate.of(2028, 2, 28), LocalDate.of(2027, 6, 2), false, "FoU");
	}

	static CallInput with(java.util.function.UnaryOperator<Builder> change) {
		return change.apply(new Builder(valid())).build();
	}

	/** Changes one field of a valid call. */
	static final class Builder {

		CallInput c;

		Builder(CallInput c) {
			this.c = c;
		}

		Builder programme(String v) { c = new CallInput(v, c.year(), c.title(), c.description(), c.budget(), c.opensAt(), c.closesAt(), c.maxAmountPerApplication(), c.maxGrantsPerOrganisation(), c.capGroup(), c.longestPeriodMonths(), c.mainCriteria(), c.priorityAreas(), c.requiredSections(), c.wordLimits(), c.reportDueDate(), c.repaymentNoticeDate(), c.published(), c.registrationPrefix()); return this; }
		Builder year(Integer v) { c = new CallInput(c.programmeCode(), v, c.title(), c.description(), c.budget(), c.opensAt(), c.closesAt(), c.maxAmountPerApplication(), c.maxGrantsPerOrganisation(), c.capGroup(), c.longestPeriodMonths(), c.mainCriteria(), c.priorityAreas(), c.requiredSections(), c.wordLimits(), c.reportDueDate(), c.repaymentNoticeDate(), c.published(), c.registrationPrefix()); return this; }
		Builder title(String v) { c = new CallInput(c.programmeCode(), c.year(), v, c.description(), c.budget(), c.opensAt(), c.closesAt(), c.maxAmountPerApplication(), c.maxGrantsPerOrganisation(), c.capGroup(), c.longestPeriodMonths(), c.mainCriteria(), c.priorityAreas(), c.requiredSections(), c.wordLimits(), c.reportDueDate(), c.repaymentNoticeDate(), c.published(), c.registrationPrefix()); return this; }
		Builder budget(Long v) { c = new CallInput(c.programmeCode(), c.year(), c.title(), c.description(), v, c.opensAt(), c.closesAt(), c.maxAmountPerApplication(), c.maxGrantsPerOrganisation(), c.capGroup(), c.longestPeriodMonths(), c.mainCriteria(), c.priorityAreas(), c.requiredSections(), c.wordLimits(), c.reportDueDate(), c.repaymentNoticeDate(), c.published(), c.registrationPrefix()); return this; }
		Builder window(Instant opens, Instant closes) { c = new CallInput(c.programmeCode(), c.year(), c.title(), c.description(), c.budget(), opens, closes, c.maxAmountPerApplication(), c.maxGrantsPerOrganisation(), c.capGroup(), c.longestPeriodMonths(), c.mainCriteria(), c.priorityAreas(), c.requiredSections(), c.wordLimits(), c.reportDueDate(), c.repaymentNoticeDate(), c.published(), c.registrationPrefix()); return this; }
		Builder maxAmount(Long v) { c = new CallInput(c.programmeCode(), c.year(), c.title(), c.description(), c.budget(), c.opensAt(), c.closesAt(), v, c.maxGrantsPerOrganisation(), c.capGroup(), c.longestPeriodMonths(), c.mainCriteria(), c.priorityAreas(), c.requiredSections(), c.wordLimits(), c.reportDueDate(), c.repaymentNoticeDate(), c.published(), c.registrationPrefix()); return this; }
		Builder maxGrants(Integer v) { c = new CallInput(c.programmeCode(), c.year(), c.title(), c.description(), c.budget(), c.opensAt(), c.closesAt(), c.maxAmountPerApplication(), v, c.capGroup(), c.longestPeriodMonths(), c.mainCriteria(), c.priorityAreas(), c.requiredSections(), c.wordLimits(), c.reportDueDate(), c.repaymentNoticeDate(), c.published(), c.registrationPrefix()); return this; }
		Builder longestPeriod(Integer v) { c = new CallInput(c.programmeCode(), c.year(), c.title(), c.description(), c.budget(), c.opensAt(), c.closesAt(), c.maxAmountPerApplication(), c.maxGrantsPerOrganisation(), c.capGroup(), v, c.mainCriteria(), c.priorityAreas(), c.requiredSections(), c.wordLimits(), c.reportDueDate(), c.repaymentNoticeDate(), c.published(), c.registrationPrefix()); return this; }
		Builder mainCriteria(List<String> v) { c = new CallInput(c.programmeCode(), c.year(), c.title(), c.description(), c.budget(), c.opensAt(), c.closesAt(), c.maxAmountPerApplication(), c.maxGrantsPerOrganisation(), c.capGroup(), c.longestPeriodMonths(), v, c.priorityAreas(), c.requiredSections(), c.wordLimits(), c.reportDueDate(), c.repaymentNoticeDate(), c.published(), c.registrationPrefix()); return this; }
		Builder wordLimits(Map<ApplicationSection, Integer> v) { c = new CallInput(c.programmeCode(), c.year(), c.title(), c.description(), c.budget(), c.opensAt(), c.closesAt(), c.maxAmountPerApplication(), c.maxGrantsPerOrganisation(), c.capGroup(), c.longestPeriodMonths(), c.mainCriteria(), c.priorityAreas(), c.requiredSections(), v, c.reportDueDate(), c.repaymentNoticeDate(), c.published(), c.registrationPrefix()); return this; }
		Builder followUp(LocalDate report, LocalDate repayment) { c = new CallInput(c.programmeCode(), c.year(), c.title(), c.description(), c.budget(), c.opensAt(), c.closesAt(), c.maxAmountPerApplication(), c.maxGrantsPerOrganisation(), c.capGroup(), c.longestPeriodMonths(), c.mainCriteria(), c.priorityAreas(), c.requiredSections(), c.wordLimits(), report, repayment, c.published(), c.registrationPrefix()); return this; }

		CallInput build() {
			return c;
		}
	}
}
