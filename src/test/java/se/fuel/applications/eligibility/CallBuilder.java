package se.fuel.applications.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.fuel.calls.ApplicationForm;
import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallView;
import se.fuel.common.SwedishFormat;

/** Calls for policy tests: a published LUM 2024 call by default, open 1 February to 1 April 2024, Swedish time. */
final class CallBuilder {

	private String programmeCode = "LUM";

	private ApplicationForm form = ApplicationForm.PROJECT;

	private int year = 2024;

	private String title = "Lokala utvecklingsmedel 2024";

	private Instant opensAt = stockholm(2024, 2, 1, 0, 0);

	private Instant closesAt = stockholm(2024, 4, 2, 0, 0);

	private long maxAmountPerApplication = 750_000;

	private Integer maxGrantsPerOrganisation = 3;

	private Integer longestPeriodMonths = 12;

	private Set<ApplicationSection> requiredSections = EnumSet.of(ApplicationSection.targetGroup,
			ApplicationSection.problem, ApplicationSection.goals, ApplicationSection.method,
			ApplicationSection.genderAnalysis);

	private Map<ApplicationSection, Integer> wordLimits = new EnumMap<>(ApplicationSection.class);

	private boolean published = true;

	static CallBuilder lum2024() {
		return new CallBuilder();
	}

	static CallBuilder mul2024() {
		return new CallBuilder().programmeCode("MUL")
			.form(ApplicationForm.STUDY_VISIT)
			.title("Medel för utveckling och lärande 2024")
			.maxAmountPerApplication(25_000)
			.requiredSections(ApplicationSection.purpose);
	}

	static Instant stockholm(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(SwedishFormat.ZONE).toInstant();
	}

	CallBuilder programmeCode(String programmeCode) {
		this.programmeCode = programmeCode;
		return this;
	}

	CallBuilder form(ApplicationForm form) {
		this.form = form;
		return this;
	}

	CallBuilder year(int year) {
		this.year = year;
		return this;
	}

	CallBuilder title(String title) {
		this.title = title;
		return this;
	}

	CallBuilder window(Instant opensAt, Instant closesAt) {
		this.opensAt = opensAt;
		this.closesAt = closesAt;
		return this;
	}

	CallBuilder maxAmountPerApplication(long maxAmountPerApplication) {
		this.maxAmountPerApplication = maxAmountPerApplication;
		return this;
	}

	CallBuilder maxGrantsPerOrganisation(Integer maxGrantsPerOrganisation) {
		this.maxGrantsPerOrganisation = maxGrantsPerOrganisation;
		return this;
	}

	CallBuilder longestPeriodMonths(Integer longestPeriodMonths) {
		this.longestPeriodMonths = longestPeriodMonths;
		return this;
	}

	CallBuilder requiredSections(ApplicationSection... sections) {
		this.requiredSections = sections.length == 0 ? EnumSet.noneOf(ApplicationSection.class)
				: EnumSet.of(sections[0], sections);
		return this;
	}

	CallBuilder wordLimit(ApplicationSection section, int words) {
		this.wordLimits.put(section, words);
		return this;
	}

	CallBuilder unpublished() {
		this.published = false;
		return this;
	}

	CallView build() {
		return new CallView(UUID.randomUUID(), programmeCode, programmeCode + " programme", form, year, title,
				"Utlysning för tester", 3_000_000, opensAt, closesAt, maxAmountPerApplication, maxGrantsPerOrganisation,
				"LUM-MUL", longestPeriodMonths, List.of("Nytt arbetssätt"), List.of("Förebyggande insatser"),
				Set.copyOf(requiredSections), Map.copyOf(wordLimits), LocalDate.of(year + 1, 3, 31),
				LocalDate.of(year + 1, 6, 2), published, programmeCode + " " + year);
	}
}
