package se.fuel.statistics.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import se.fuel.applications.SubmittedApplication;
import se.fuel.applications.SubmittedApplications;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.DecidedOutcomes;
import se.fuel.grants.AnnualReportContent.Project;
import se.fuel.grants.FundedProjects;
import se.fuel.grants.GrantView;
import se.fuel.grants.HandedInReport;
import se.fuel.grants.OutcomeCategory;
import se.fuel.grants.ProjectsPerOrganisation;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.OwnOrganisationOnly;
import se.fuel.identity.Role;
import se.fuel.knowledge.KnowledgeBank;
import se.fuel.organisations.Organisations;
import se.fuel.statistics.FundChoices;
import se.fuel.statistics.FundFigure;
import se.fuel.statistics.FundOverview;
import se.fuel.statistics.FundQuery;
import se.fuel.statistics.FundStatistics;
import se.fuel.statistics.OutcomeStatistics;
import se.fuel.statistics.OutcomeStatistics.OutcomeRow;
import se.fuel.statistics.ProjectTable;
import se.fuel.statistics.internal.FundFigures.Key;

/**
 * Gathers the facts of the fund statistics from applications, decisions, grants and organisations and decides what the
 * signed-in user may see: an applicant gets other organisations' grant figures but only their own organisation's
 * application figures, so that no other organisation's rejection or amount applied for can be read or derived.
 */
@Service
@Transactional(readOnly = true)
class FundStatisticsService implements FundStatistics {

	static final Role[] READERS = { Role.OFFICER, Role.ADMIN, Role.ATTESTANT, Role.READER, Role.APPLICANT };

	private static final Collator SWEDISH = Collator.getInstance(SwedishFormat.SWEDISH);

	private final Identity identity;

	private final Organisations organisations;

	private final Calls calls;

	private final SubmittedApplications applications;

	private final DecidedOutcomes outcomes;

	private final FundedProjects grants;

	private final KnowledgeBank knowledge;

	private final MessageSource messages;

	FundStatisticsService(Identity identity, Organisations organisations, Calls calls,
			SubmittedApplications applications, DecidedOutcomes outcomes, FundedProjects grants,
			KnowledgeBank knowledge, MessageSource messages) {
		this.messages = messages;
		this.identity = identity;
		this.organisations = organisations;
		this.calls = calls;
		this.applications = applications;
		this.outcomes = outcomes;
		this.grants = grants;
		this.knowledge = knowledge;
	}

	@Override
	public FundOverview overview(FundQuery query) {
		CurrentUser me = identity.require(READERS);
		check(query);
		var visible = OwnOrganisationOnly.forApplicants(me);
		boolean ownOnly = visible.restricts();
		Lineage lineage = new Lineage(organisations.all());
		List<CallView> allCalls = calls.all();
		Set<String> withCalls = new HashSet<>();
		allCalls.forEach(c -> withCalls.add(FundFigures.cell(c.year(), c.programmeCode())));

		List<FundFigures.Application> apps = new ArrayList<>();
		Set<UUID> decided = new HashSet<>();
		for (ApplicationOutcome o : outcomes.all()) {
			decided.add(o.applicationId());
			if (query.includes(o.year()) && query.includes(o.programmeCode())
					&& visible.sees(o.organisationId())) {
				apps.add(new FundFigures.Application(o.year(), o.programmeCode(),
						lineage.countedAs(o.organisationId(), query.rolledUp()).toString(), o.requestedAmount(),
						o.outcome()));
			}
		}
		for (CallView call : allCalls) {
			if (!query.includes(call.year()) || !query.includes(call.programmeCode())) {
				continue;
			}
			for (SubmittedApplication a : applications.submittedTo(call.id())) {
				if (!decided.contains(a.id()) && visible.sees(a.leadOrganisationId())) {
					apps.add(new FundFigures.Application(call.year(), call.programmeCode(),
							lineage.countedAs(a.leadOrganisationId(), query.rolledUp()).toString(),
							a.requestedAmount(), null));
				}
			}
		}
		List<GrantView> allGrants = grants.all();
		List<FundFigures.Grant> granted = allGrants.stream()
			.filter(g -> query.includes(g.year()) && query.includes(g.programmeCode()))
			.map(g -> new FundFigures.Grant(g.year(), g.programmeCode(),
					lineage.countedAs(g.organisationId(), query.rolledUp()).toString(), g.amount()))
			.toList();

		FundFigures figures = new FundFigures(apps, granted, withCalls);
		String own = ownOnly ? lineage.countedAs(me.organisationId(), query.rolledUp()).toString() : null;
		Predicate<String> nothingHidden = k -> false;
		List<FundFigure> byYear = figures.rows(a -> yearKey(a.year()), g -> yearKey(g.year()),
				Comparator.comparing(FundFigure::key), nothingHidden);
		List<FundFigure> byYearAndProgramme = figures.rows(a -> yearAndProgramme(a.year(), a.programme()),
				g -> yearAndProgramme(g.year(), g.programme()), Comparator.comparing(FundFigure::key), nothingHidden);
		List<FundFigure> byProgramme = figures.rows(a -> new Key(a.programme(), a.programme()),
				g -> new Key(g.programme(), g.programme()), Comparator.comparing(FundFigure::key), nothingHidden);
		List<FundFigure> byOrganisation = figures.rows(a -> organisationKey(lineage, a.organisation()),
				g -> organisationKey(lineage, g.organisation()),
				Comparator.comparingLong(FundFigure::granted).reversed().thenComparing(FundFigure::label, SWEDISH),
				k -> ownOnly && !k.equals(own));

		return new FundOverview(query, ownOnly,
				ownOnly ? lineage.name(me.organisationId(), query.rolledUp()) : null, byYear, byYearAndProgramme, byProgramme,
				byOrganisation, figures.total(total()));
	}

	@Override
	public FundChoices choices() {
		identity.require(READERS);
		TreeSet<Integer> years = new TreeSet<>();
		TreeSet<String> programmes = new TreeSet<>();
		grants.all().forEach(g -> {
			years.add(g.year());
			programmes.add(g.programmeCode());
		});
		calls.all().forEach(c -> {
			years.add(c.year());
			programmes.add(c.programmeCode());
		});
		return new FundChoices(List.copyOf(years), List.copyOf(programmes));
	}

	@Override
	public ProjectTable projectTable(FundQuery query) {
		identity.require(READERS);
		check(query);
		Lineage lineage = new Lineage(organisations.all());
		List<Project> projects = grants.asReported(query.fromYear(), query.toYear())
			.stream()
			.filter(p -> query.includes(p.programmeCode()))
			.map(p -> query.rolledUp() ? rolledUp(p, lineage) : p)
			.toList();
		List<String> areas = ProjectsPerOrganisation.areasInOrder(projects)
			.stream()
			.sorted(SWEDISH)
			.toList();
		return new ProjectTable(query, ProjectsPerOrganisation.summarise(areas, projects));
	}

	@Override
	public OutcomeStatistics outcomes(FundQuery query) {
		identity.require(READERS);
		check(query);
		List<HandedInReport> reports = grants.handedIn()
			.stream()
			.filter(r -> query.includes(r.grant().year()) && query.includes(r.grant().programmeCode()))
			.toList();
		List<OutcomeFigures.Category> categories = reports.stream()
			.flatMap(r -> r.report().categories().stream())
			.distinct()
			.sorted(Comparator.comparingInt(OutcomeCategory::position))
			.map(c -> new OutcomeFigures.Category(c.code(), c.label()))
			.distinct()
			.toList();
		Map<UUID, List<String>> methods = knowledge.publishedMethodsByGrant();
		List<OutcomeFigures.Report> facts = reports.stream().map(FundStatisticsService::fact).toList();
		List<OutcomeFigures.Report> perMethod = new ArrayList<>();
		for (int i = 0; i < reports.size(); i++) {
			OutcomeFigures.Report f = facts.get(i);
			List<String> named = methods.getOrDefault(reports.get(i).grant().id(), List.of());
			for (String method : named.isEmpty() ? List.of(noMethod()) : named) {
				perMethod.add(new OutcomeFigures.Report(f.year(), method, f.women(), f.men(), f.other(), f.outcomes()));
			}
		}
		OutcomeFigures figures = new OutcomeFigures(categories);
		List<OutcomeRow> byYear = figures.rows(facts, r -> Integer.toString(r.year()));
		List<OutcomeRow> byArea = figures.rows(facts, OutcomeFigures.Report::area);
		List<OutcomeRow> byMethod = figures.rows(perMethod, OutcomeFigures.Report::area);
		return new OutcomeStatistics(query, categories.stream().map(OutcomeFigures.Category::label).toList(), byYear,
				byArea, byMethod, figures.row(total(), facts));
	}

	private static OutcomeFigures.Report fact(HandedInReport r) {
		var content = r.report().content();
		String area = r.grant().area() == null || r.grant().area().isBlank() ? r.grant().programmeCode()
				: r.grant().area().strip();
		return new OutcomeFigures.Report(r.grant().year(), area, OutcomeFigures.orZero(content.participantsWomen()),
				OutcomeFigures.orZero(content.participantsMen()), OutcomeFigures.orZero(content.participantsOther()),
				content.outcomes() == null ? List.of() : content.outcomes());
	}

	private static Project rolledUp(Project p, Lineage lineage) {
		UUID today = lineage.today(p.organisationId());
		if (today.equals(p.organisationId())) {
			return p;
		}
		return new Project(p.number(), p.grantId(), p.reference(), p.title(), p.programmeCode(), p.area(), today,
				lineage.name(today, false), p.partners(), p.amount(), p.years(), p.targetGroup(), p.purpose(),
				p.reportIn(), p.reportStatus(), p.experiences(), p.implementationPlan(), p.implementationPlanHow(),
				p.proposals(), p.coordinatorComment());
	}

	private static Key yearKey(int year) {
		return new Key(Integer.toString(year), Integer.toString(year));
	}

	private static Key yearAndProgramme(int year, String programme) {
		return new Key(year + " " + programme, year + " " + programme);
	}

	private static Key organisationKey(Lineage lineage, String id) {
		return new Key(id, lineage.name(UUID.fromString(id), false));
	}

	static void check(FundQuery query) {
		if (query.fromYear() > query.toYear()) {
			throw new ViolationException(Violation.of("to", "order", "statistics.funds.yearOrder",
					Integer.toString(query.fromYear())));
		}
	}

	/** The row of reports whose grant names no method, in the language of the one asking (page or API). */
	private String total() {
		return messages.getMessage("statistics.funds.total", null, LocaleContextHolder.getLocale());
	}

	private String noMethod() {
		return messages.getMessage("statistics.funds.noMethod", null, LocaleContextHolder.getLocale());
	}
}
