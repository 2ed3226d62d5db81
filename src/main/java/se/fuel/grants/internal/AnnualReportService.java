package se.fuel.grants.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.grants.AnnualReportContent;
import se.fuel.grants.AnnualReportContent.Group;
import se.fuel.grants.AnnualReportContent.Project;
import se.fuel.grants.AnnualReportContent.Summary;
import se.fuel.grants.AnnualReports;
import se.fuel.grants.ProjectsPerOrganisation;
import se.fuel.grants.ReportStatus;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.organisations.Organisations;

/**
 * Writes the annual report from the grants of the years and their reports. Only handed-in reports (inlämnad or
 * godkänd) are quoted: a draft or a report returned for completion is not the organisation's account yet. The
 * coordinator's comment is the officer's own and is shown also when no report came in ("Trots flera påminnelser…").
 */
@Service
@Transactional(readOnly = true)
class AnnualReportService implements AnnualReports {

	static final int LONGEST_SPAN = 10;

	/** The programmes whose grants without an area are grouped under the programme's name. */
	private static final Set<String> PROGRAMME_GROUPS = Set.of("FoU", "LUM", "MUL");

	private final GrantRepository grants;

	private final GrantReportRepository reports;

	private final Organisations organisations;

	private final Identity identity;

	private final AnnualReportPdf pdf;

	/** The report is the committee's record, so its own words are Swedish whoever reads it. */
	private final MessageSource messages;

	AnnualReportService(GrantRepository grants, GrantReportRepository reports, Organisations organisations,
			Identity identity, AnnualReportPdf pdf, MessageSource messages) {
		this.messages = messages;
		this.grants = grants;
		this.reports = reports;
		this.organisations = organisations;
		this.identity = identity;
		this.pdf = pdf;
	}

	@Override
	public AnnualReportContent content(int fromYear, int toYear) {
		identity.require(Role.OFFICER, Role.ADMIN, Role.ATTESTANT, Role.READER);
		check(fromYear, toYear);
		List<Group> groups = groups(fromYear, toYear, SwedishFormat.SWEDISH);
		List<Project> all = groups.stream().flatMap(g -> g.projects().stream()).toList();
		String years = AnnualReportContent.years(fromYear, toYear);
		return new AnnualReportContent(fromYear, toYear, swedish("grants.annual.document.title", years), all.size(),
				all.stream().mapToLong(Project::amount).sum(), (int) all.stream().filter(Project::reportIn).count(),
				groups, summary(groups));
	}

	/**
	 * The grants of the years grouped by area, without a role check: the caller checks its caller's rights. A
	 * programme's name, which stands for the area of a grant without one, is in {@code language}: Swedish in the
	 * report, the reader's in the statistics.
	 */
	List<Group> groups(int fromYear, int toYear, Locale language) {
		List<Grant> found = new ArrayList<>(grants.findByYearBetween(fromYear, toYear));
		found.sort(Comparator.comparing(Grant::registrationNumber, NaturalOrder.NULLS_LAST)
			.thenComparing(Grant::title));
		Map<UUID, GrantReport> byGrant = reports
			.findByGrantIdIn(found.stream().map(Grant::id).toList())
			.stream()
			.collect(Collectors.toMap(GrantReport::grantId, Function.identity()));

		Map<String, List<Grant>> byArea = new LinkedHashMap<>();
		found.forEach(g -> byArea.computeIfAbsent(areaOf(g, language), k -> new ArrayList<>()).add(g));
		List<Group> groups = new ArrayList<>();
		int groupNumber = 0;
		for (var entry : byArea.entrySet()) {
			groupNumber++;
			String number = "2." + groupNumber;
			List<Project> projects = new ArrayList<>();
			for (Grant g : entry.getValue()) {
				projects.add(project(number + "." + (projects.size() + 1), g, entry.getKey(), byGrant.get(g.id())));
			}
			groups.add(new Group(number, entry.getKey(), projects.size(),
					projects.stream().mapToLong(Project::amount).sum(),
					(int) projects.stream().filter(Project::reportIn).count(), projects));
		}
		return groups;
	}

	@Override
	public String html(int fromYear, int toYear) {
		return pdf.xhtml(content(fromYear, toYear));
	}

	@Override
	public byte[] pdf(int fromYear, int toYear) {
		return pdf.render(content(fromYear, toYear));
	}

	private static void check(int fromYear, int toYear) {
		List<Violation> violations = new ArrayList<>();
		if (fromYear > toYear) {
			violations.add(Violation.of("to", "order", "grants.rule.annual.order", Integer.toString(fromYear)));
		}
		else if (toYear - fromYear >= LONGEST_SPAN) {
			violations.add(Violation.of("to", "span", "grants.rule.annual.span", LONGEST_SPAN - 1,
					Integer.toString(fromYear)));
		}
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
	}

	/**
	 * The area the project is reported under, or its programme when it was granted without one, in the words of
	 * document 004 ("tre forskningsprojekt", "tio lokala utvecklingsprojekt").
	 */
	private String areaOf(Grant g, Locale language) {
		if (g.area() != null && !g.area().isBlank()) {
			return g.area().strip();
		}
		return PROGRAMME_GROUPS.contains(g.programmeCode())
				? messages.getMessage("grants.annual.document.programme." + g.programmeCode(), null, language)
				: g.programmeCode();
	}

	private String swedish(String key, Object... arguments) {
		return messages.getMessage(key, arguments, SwedishFormat.SWEDISH);
	}

	private Project project(String number, Grant g, String area, GrantReport report) {
		boolean in = report != null
				&& (report.status() == ReportStatus.HANDED_IN || report.status() == ReportStatus.APPROVED);
		List<String> partners = g.partnerOrganisationIds()
			.stream()
			.map(organisations::nameOf)
			.sorted(Comparator.naturalOrder())
			.toList();
		return new Project(number, g.id(), g.registrationNumber(), g.title(), g.programmeCode(), area,
				g.organisationId(),
				organisations.nameOf(g.organisationId()), partners, g.amount(), years(g), g.targetGroup(),
				g.purpose(), in, report == null ? null : report.status(), in ? report.experiences() : null,
				in ? report.implementationPlan() : null, in ? report.implementationPlanHow() : null,
				in ? report.proposals() : null, report == null ? null : report.coordinatorComment());
	}

	/** "2002", "2002 och 2003", "2002–2004": the calendar years the grant's period touches. */
	private String years(Grant g) {
		int first = g.periodStart() == null ? g.year() : g.periodStart().getYear();
		int last = g.periodEnd() == null ? first : Math.max(first, g.periodEnd().getYear());
		if (first == last) {
			return Integer.toString(first);
		}
		return last == first + 1
				? swedish("grants.annual.document.twoYears", Integer.toString(first), Integer.toString(last))
				: first + "\u2013" + last;
	}

	private static Summary summary(List<Group> groups) {
		return ProjectsPerOrganisation.summarise(groups.stream().map(Group::area).toList(),
				groups.stream().flatMap(g -> g.projects().stream()).toList());
	}
}
