package se.fuel.calls.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallView;
import se.fuel.calls.CallInput;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.web.FormInput;

/**
 * The call form exactly as typed, so that a rejected form comes back with the officer's own input; criteria and
 * priority areas one per line, times as {@code datetime-local} in Stockholm time.
 */
public class CallForm {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private String programmeCode;
	private String year;
	private String title;
	private String description;
	private String budget;
	private String opensAt;
	private String closesAt;
	private String maxAmountPerApplication;
	private String maxGrantsPerOrganisation;
	private String capGroup;
	private String longestPeriodMonths;
	private String mainCriteria;
	private String priorityAreas;
	private List<String> requiredSections = new ArrayList<>();
	private Map<String, String> wordLimits = new LinkedHashMap<>();
	private String reportDueDate;
	private String repaymentNoticeDate;
	private boolean published;
	private String registrationPrefix = "FoU";
	/** The version the form was opened at, sent back so that a save on an older copy is refused. */
	private Long version;

	/** A form prefilled with the call as it is. */
	static CallForm of(CallView c) {
		var f = new CallForm();
		f.programmeCode = c.programmeCode();
		f.year = String.valueOf(c.year());
		f.title = c.title();
		f.description = c.description();
		f.budget = String.valueOf(c.budget());
		f.opensAt = local(c.opensAt());
		f.closesAt = local(c.closesAt());
		f.maxAmountPerApplication = String.valueOf(c.maxAmountPerApplication());
		f.maxGrantsPerOrganisation = c.maxGrantsPerOrganisation() == null ? "" : c.maxGrantsPerOrganisation().toString();
		f.capGroup = c.capGroup();
		f.longestPeriodMonths = c.longestPeriodMonths() == null ? "" : c.longestPeriodMonths().toString();
		f.mainCriteria = String.join("\n", c.mainCriteria());
		f.priorityAreas = String.join("\n", c.priorityAreas());
		f.requiredSections = new ArrayList<>(c.requiredSections().stream().map(Enum::name).toList());
		c.wordLimits().forEach((s, n) -> f.wordLimits.put(s.name(), n.toString()));
		f.reportDueDate = c.reportDueDate() == null ? "" : c.reportDueDate().toString();
		f.repaymentNoticeDate = c.repaymentNoticeDate() == null ? "" : c.repaymentNoticeDate().toString();
		f.published = c.published();
		f.registrationPrefix = c.registrationPrefix();
		return f;
	}

	/** A new call's form: next year, the usual caps and the gender-equality analysis required. */
	static CallForm blank(int nextYear) {
		var f = new CallForm();
		f.year = String.valueOf(nextYear);
		f.maxGrantsPerOrganisation = "3";
		f.longestPeriodMonths = "12";
		f.requiredSections = new ArrayList<>(List.of(ApplicationSection.genderAnalysis.name()));
		return f;
	}

	/** The typed values as input for the rules; what cannot be read becomes null and a violation in {@code errors}. */
	CallInput toInput(List<Violation> errors) {
		var sections = EnumSet.noneOf(ApplicationSection.class);
		for (String s : requiredSections == null ? List.<String>of() : requiredSections) {
			Arrays.stream(ApplicationSection.values()).filter(v -> v.name().equals(s)).forEach(sections::add);
		}
		var limits = new EnumMap<ApplicationSection, Integer>(ApplicationSection.class);
		for (ApplicationSection s : ApplicationSection.values()) {
			String field = "wordLimits." + s.name();
			Integer n = said(errors, field, Text.of("calls.input.wordLimit", Text.of("calls.sectionInText." + s.name())),
					found -> FormInput.integer(wordLimits == null ? null : wordLimits.get(s.name()), field, null, found));
			if (n != null) {
				limits.put(s, n);
			}
		}
		return new CallInput(FormInput.blankToNull(programmeCode), integer(year, "year", errors), title, description,
				kronor(budget, "budget", errors), dateTime(opensAt, "opensAt", errors),
				dateTime(closesAt, "closesAt", errors),
				kronor(maxAmountPerApplication, "maxAmountPerApplication", errors),
				integer(maxGrantsPerOrganisation, "maxGrantsPerOrganisation", errors), capGroup,
				integer(longestPeriodMonths, "longestPeriodMonths", errors), lines(mainCriteria), lines(priorityAreas),
				sections, limits, date(reportDueDate, "reportDueDate", errors),
				date(repaymentNoticeDate, "repaymentNoticeDate", errors), published, registrationPrefix);
	}

	private static String local(Instant instant) {
		return LOCAL.format(LocalDateTime.ofInstant(instant, SwedishFormat.ZONE).truncatedTo(ChronoUnit.MINUTES));
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : CallInput.lines(List.of(text.split("\\R")));
	}

	private static Long kronor(String typed, String field, List<Violation> errors) {
		return said(errors, field, Text.of("calls.input." + field),
				found -> FormInput.kronor(typed, field, null, found));
	}

	private static Integer integer(String typed, String field, List<Violation> errors) {
		return said(errors, field, Text.of("calls.input." + field),
				found -> FormInput.integer(typed, field, null, found));
	}

	private static Instant dateTime(String typed, String field, List<Violation> errors) {
		return said(errors, field, Text.of("calls.input." + field),
				found -> FormInput.dateTime(typed, field, null, found));
	}

	private static LocalDate date(String typed, String field, List<Violation> errors) {
		return said(errors, field, Text.of("calls.input." + field), found -> FormInput.date(typed, field, null, found));
	}

	/**
	 * Reads a value with {@link FormInput}, saying what could not be read in the call form's own words, which name
	 * the field and give an example that fits it (a year, a number of months).
	 */
	private static <T> T said(List<Violation> errors, String field, Text message, Function<List<Violation>, T> read) {
		var found = new ArrayList<Violation>();
		T value = read.apply(found);
		found.forEach(v -> errors.add(new Violation(field, v.rule(), message)));
		return value;
	}

	public String getProgrammeCode() { return programmeCode; }
	public void setProgrammeCode(String v) { programmeCode = v; }
	public String getYear() { return year; }
	public void setYear(String v) { year = v; }
	public String getTitle() { return title; }
	public void setTitle(String v) { title = v; }
	public String getDescription() { return description; }
	public void setDescription(String v) { description = v; }
	public String getBudget() { return budget; }
	public void setBudget(String v) { budget = v; }
	public String getOpensAt() { return opensAt; }
	public void setOpensAt(String v) { opensAt = v; }
	public String getClosesAt() { return closesAt; }
	public void setClosesAt(String v) { closesAt = v; }
	public String getMaxAmountPerApplication() { return maxAmountPerApplication; }
	public void setMaxAmountPerApplication(String v) { maxAmountPerApplication = v; }
	public String getMaxGrantsPerOrganisation() { return maxGrantsPerOrganisation; }
	public void setMaxGrantsPerOrganisation(String v) { maxGrantsPerOrganisation = v; }
	public String getCapGroup() { return capGroup; }
	public void setCapGroup(String v) { capGroup = v; }
	public String getLongestPeriodMonths() { return longestPeriodMonths; }
	public void setLongestPeriodMonths(String v) { longestPeriodMonths = v; }
	public String getMainCriteria() { return mainCriteria; }
	public void setMainCriteria(String v) { mainCriteria = v; }
	public String getPriorityAreas() { return priorityAreas; }
	public void setPriorityAreas(String v) { priorityAreas = v; }
	public List<String> getRequiredSections() { return requiredSections; }
	public void setRequiredSections(List<String> v) { requiredSections = v == null ? new ArrayList<>() : v; }
	public Map<String, String> getWordLimits() { return wordLimits; }
	public void setWordLimits(Map<String, String> v) { wordLimits = v == null ? new LinkedHashMap<>() : v; }
	public String getReportDueDate() { return reportDueDate; }
	public void setReportDueDate(String v) { reportDueDate = v; }
	public String getRepaymentNoticeDate() { return repaymentNoticeDate; }
	public void setRepaymentNoticeDate(String v) { repaymentNoticeDate = v; }
	public boolean isPublished() { return published; }
	public void setPublished(boolean v) { published = v; }
	public String getRegistrationPrefix() { return registrationPrefix; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public void setRegistrationPrefix(String v) { registrationPrefix = v; }
}
