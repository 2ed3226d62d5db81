package se.fuel.decisions.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.applications.SubmittedApplication;
import se.fuel.applications.SubmittedApplications;
import se.fuel.applications.eligibility.GrantsPerOrganisationCap;
import se.fuel.assessment.RecommendationSummary;
import se.fuel.assessment.Recommendations;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.decisions.AllocationLine;
import se.fuel.decisions.AllocationView;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.decisions.OrganisationCount;
import se.fuel.decisions.ProgrammeTotal;
import se.fuel.decisions.RoundStatus;
import se.fuel.decisions.rules.EveryApplicationAssessed;
import se.fuel.decisions.rules.Outcome;
import se.fuel.decisions.rules.WithinBudget;

/**
 * Computes a year's allocation from the calls, the submitted applications, their recommendations and the officer's
 * changed amounts. No role checks: the services calling it do those.
 */
@Component
class AllocationCalculator {

	private static final WithinBudget WITHIN_BUDGET = new WithinBudget();

	private static final GrantsPerOrganisationCap CAP = new GrantsPerOrganisationCap();

	private static final EveryApplicationAssessed EVERY_APPLICATION_ASSESSED = new EveryApplicationAssessed();

	private final Calls calls;

	private final SubmittedApplications applications;

	private final Recommendations recommendations;

	private final AllocationAmountRepository amounts;

	private final DecisionRoundRepository rounds;

	private final DecisionDocumentRepository documents;

	AllocationCalculator(Calls calls, SubmittedApplications applications, Recommendations recommendations,
			AllocationAmountRepository amounts, DecisionRoundRepository rounds, DecisionDocumentRepository documents) {
		this.calls = calls;
		this.applications = applications;
		this.recommendations = recommendations;
		this.amounts = amounts;
		this.rounds = rounds;
		this.documents = documents;
	}

	/** The year's published calls, programme by programme. */
	List<CallView> callsOf(int year) {
		return calls.all().stream()
			.filter(c -> c.year() == year && c.published())
			.sorted(Comparator.comparing(CallView::programmeCode))
			.toList();
	}

	@Transactional(readOnly = true)
	AllocationView compute(int year) {
		List<CallView> yearCalls = callsOf(year);
		Map<UUID, AllocationAmount> changed = amounts.findByYear(year).stream()
			.collect(Collectors.toMap(AllocationAmount::applicationId, a -> a));
		List<AllocationLine> lines = new ArrayList<>();
		List<ProgrammeTotal> totals = new ArrayList<>();
		for (CallView call : yearCalls) {
			Map<UUID, RecommendationSummary> recs = recommendations.forCall(call.id());
			List<AllocationLine> callLines = new ArrayList<>();
			for (SubmittedApplication app : applications.submittedTo(call.id())) {
				callLines.add(line(call, app, recs.get(app.id()), changed.get(app.id())));
			}
			lines.addAll(callLines);
			long allocated = callLines.stream().mapToLong(AllocationLine::amount).sum();
			long requested = callLines.stream().mapToLong(AllocationLine::requestedAmount).sum();
			int granted = (int) callLines.stream().filter(AllocationCalculator::granted).count();
			totals.add(new ProgrammeTotal(call.id(), call.programmeCode(), call.programmeName(), call.title(),
					call.budget(), requested, allocated, callLines.size(), granted));
		}
		List<OrganisationCount> counts = organisationCounts(yearCalls, lines);
		List<Violation> violations = new ArrayList<>();
		totals.forEach(t -> violations.addAll(WITHIN_BUDGET.check(t)));
		// Blocking here, where the officers choose which applications to grant (advisory at submission).
		counts.forEach(c -> violations.addAll(CAP.check(GrantsPerOrganisationCap.inAllocation(c.organisationId(),
				c.organisationName(), c.capGroup(), c.grants(), c.limit()))));
		violations.addAll(EVERY_APPLICATION_ASSESSED.check(lines));
		RoundStatus status = rounds.findById(year).map(DecisionRound::status).orElse(RoundStatus.OPEN);
		Integer version = documents.findByYearAndCurrentTrue(year).map(DecisionDocument::number).orElse(null);
		return new AllocationView(year, status, version, List.copyOf(lines), List.copyOf(totals), counts,
				List.copyOf(violations));
	}

	private static AllocationLine line(CallView call, SubmittedApplication app, RecommendationSummary rec,
			AllocationAmount change) {
		Long changedAmount = change == null ? null : change.amount();
		long amount = 0;
		boolean changedHere = false;
		if (rec != null && rec.recommendation() != se.fuel.assessment.Recommendation.REJECT) {
			changedHere = changedAmount != null && changedAmount != rec.recommendedAmount();
			amount = changedAmount != null ? changedAmount : rec.recommendedAmount();
		}
		DecisionOutcome outcome = Outcome.of(rec == null ? null : rec.recommendation(), amount,
				app.requestedAmount());
		return new AllocationLine(app.id(), call.id(), call.programmeCode(), app.registrationNumber(), app.title(),
				app.leadOrganisationId(), app.leadOrganisationName(), app.requestedAmount(),
				rec == null ? null : rec.recommendation(), amount, outcome,
				rec == null ? null : rec.reasonCategoryName(), rec == null ? "" : rec.reasonPhrase(), changedHere,
				versionOf(change));
	}

	/** 0 while nothing was changed here, so that two officers' first changes of a line cannot both stand. */
	static long versionOf(AllocationAmount change) {
		return change == null ? 0 : change.version() + 1;
	}

	static boolean granted(AllocationLine line) {
		return line.outcome() == DecisionOutcome.GRANTED || line.outcome() == DecisionOutcome.PARTIALLY_GRANTED;
	}

	/** "LUM och MUL 2027": the group's programmes, each once, and its year, in the reader's language. */
	static Text capGroupName(List<CallView> group) {
		List<String> codes = group.stream().map(CallView::programmeCode).distinct().toList();
		Object programmes = codes.get(0);
		for (String code : codes.subList(1, codes.size())) {
			programmes = Text.of("decisions.capGroup.and", programmes, code);
		}
		return Text.of("decisions.capGroup.name", programmes, String.valueOf(group.get(0).year()));
	}

	/**
	 * Grants per organisation and cap group. Calls without a cap group count alone; the group's limit is the lowest
	 * any of its calls sets.
	 */
	private static List<OrganisationCount> organisationCounts(List<CallView> yearCalls, List<AllocationLine> lines) {
		Map<String, List<CallView>> groups = new LinkedHashMap<>();
		for (CallView call : yearCalls) {
			String key = call.capGroup() == null || call.capGroup().isBlank() ? "call:" + call.id() : call.capGroup();
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(call);
		}
		List<OrganisationCount> result = new ArrayList<>();
		for (List<CallView> group : groups.values()) {
			Integer limit = group.stream()
				.map(CallView::maxGrantsPerOrganisation)
				.filter(Objects::nonNull)
				.min(Integer::compare)
				.orElse(null);
			Text name = capGroupName(group);
			List<UUID> callIds = group.stream().map(CallView::id).toList();
			Map<UUID, List<AllocationLine>> perOrganisation = lines.stream()
				.filter(l -> callIds.contains(l.callId()))
				.collect(Collectors.groupingBy(AllocationLine::organisationId, LinkedHashMap::new,
						Collectors.toList()));
			perOrganisation.forEach((organisationId, orgLines) -> result.add(new OrganisationCount(organisationId,
					orgLines.get(0).organisationName(), name,
					(int) orgLines.stream().filter(AllocationCalculator::granted).count(), limit)));
		}
		result.sort(Comparator.comparing(OrganisationCount::organisationName));
		return List.copyOf(result);
	}
}
