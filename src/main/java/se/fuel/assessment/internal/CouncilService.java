package se.fuel.assessment.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.applications.SubmittedApplication;
import se.fuel.applications.SubmittedApplications;
import se.fuel.assessment.Council;
import se.fuel.assessment.CouncilScores;
import se.fuel.assessment.CouncilMemberAssigned;
import se.fuel.assessment.rules.EvenDistribution;
import se.fuel.assessment.rules.EveryCriterionScored;
import se.fuel.assessment.rules.NoConflictOfInterest;
import se.fuel.audit.AuditPage;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.NotFoundException;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity.UserSummary;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/**
 * The R&D council's review. A member with jäv, or not assigned, gets 404 so that the application's existence does not
 * leak; other roles get 403.
 */
@Service
class CouncilService implements Council {

	static final String AUDIT_TYPE = "CouncilReview";

	private final CouncilAssignmentRepository assignments;

	private final SubmittedApplications applications;

	private final Calls calls;

	private final Identity identity;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CouncilService(CouncilAssignmentRepository assignments, SubmittedApplications applications, Calls calls,
			Identity identity, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.clock = clock;
		this.events = events;
		this.assignments = assignments;
		this.applications = applications;
		this.calls = calls;
		this.identity = identity;
		this.audit = audit;
	}

	@Override
	@Transactional
	public CouncilOverview assign(UUID applicationId, List<UUID> memberIds) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN);
		SubmittedApplication app = application(applicationId);
		Set<UUID> partners = applications.partnersOf(applicationId);
		Map<UUID, UserSummary> members = members();
		var violations = new ArrayList<Violation>();
		var wanted = new HashSet<UUID>(memberIds == null ? List.of() : memberIds);
		for (UUID id : wanted) {
			UserSummary m = members.get(id);
			if (m == null) {
				violations.add(Violation.of("memberIds", "council-member", "assessment.council.unknownMember"));
				continue;
			}
			violations.addAll(new NoConflictOfInterest().check(new NoConflictOfInterest.Candidate(m.displayName(),
					m.organisationId(), app.leadOrganisationId(), partners)));
		}
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		for (CouncilAssignment a : assignments.findByApplicationIdOrderByMemberName(applicationId)) {
			if (!wanted.remove(a.memberId())) {
				audit.record(AUDIT_TYPE, applicationId, "unassigned", a.snapshot(), null);
				assignments.delete(a);
			}
		}
		for (UUID id : wanted) {
			add(app, members.get(id), me);
		}
		assignments.flush();
		return overview(applicationId);
	}

	private void add(SubmittedApplication app, UserSummary m, CurrentUser me) {
		var a = new CouncilAssignment(app.id(), app.callId(), m.id(), m.displayName(), me.username(),
				clock.instant());
		assignments.save(a);
		audit.record(AUDIT_TYPE, app.id(), "assigned", null, a.snapshot());
		events.publishEvent(new CouncilMemberAssigned(app.id(), app.registrationNumber(), app.title(), m.id()));
	}

	@Override
	@Transactional
	public Distribution distributeEvenly(UUID callId) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN);
		calls.find(callId).orElseThrow(() -> new NotFoundException("call"));
		Set<UUID> taken = new HashSet<>();
		assignments.findByCallId(callId).forEach(a -> taken.add(a.applicationId()));
		var byId = new LinkedHashMap<UUID, SubmittedApplication>();
		var candidates = new ArrayList<EvenDistribution.Candidate>();
		for (SubmittedApplication app : applications.submittedTo(callId)) {
			if (!taken.contains(app.id()) && !app.status().decided()) {
				byId.put(app.id(), app);
				candidates.add(new EvenDistribution.Candidate(app.id(), app.registrationNumber(),
						app.leadOrganisationId(), applications.partnersOf(app.id())));
			}
		}
		Map<UUID, UserSummary> members = members();
		var result = EvenDistribution.distribute(candidates, members.values().stream()
			.map(m -> new EvenDistribution.Member(m.id(), m.organisationId())).toList());
		result.forEach((appId, memberId) -> add(byId.get(appId), members.get(memberId), me));
		assignments.flush();
		List<Unassigned> unassigned = byId.values().stream()
			.filter(app -> !result.containsKey(app.id()))
			.sorted(Comparator.comparing(SubmittedApplication::registrationNumber))
			.map(app -> new Unassigned(app.id(), app.registrationNumber(), app.title(), members.isEmpty()))
			.toList();
		return new Distribution(result.size(), unassigned);
	}

	@Override
	@Transactional(readOnly = true)
	public CouncilOverview overview(UUID applicationId) {
		identity.require(Role.OFFICER, Role.ADMIN);
		SubmittedApplication app = application(applicationId);
		Set<UUID> partners = applications.partnersOf(applicationId);
		var current = assignments.findByApplicationIdOrderByMemberName(applicationId);
		Set<UUID> assigned = new HashSet<>();
		current.forEach(a -> assigned.add(a.memberId()));
		var members = members().values().stream().map(m -> new Member(m.id(), m.displayName(),
				assigned.contains(m.id()), NoConflictOfInterest.conflicted(m.organisationId(),
						app.leadOrganisationId(), partners)))
			.toList();
		return new CouncilOverview(applicationId, callOf(app).mainCriteria(), members,
				current.stream().map(CouncilService::scores).toList());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, CouncilScores> scoresOfCall(UUID callId) {
		identity.require(Role.OFFICER, Role.ADMIN);
		var reviews = new LinkedHashMap<UUID, List<MemberScores>>();
		assignments.findByCallId(callId).stream().sorted(Comparator.comparing(CouncilAssignment::memberName))
			.forEach(a -> reviews.computeIfAbsent(a.applicationId(), id -> new ArrayList<>()).add(scores(a)));
		var result = new LinkedHashMap<UUID, CouncilScores>();
		reviews.forEach((applicationId, list) -> result.put(applicationId, CouncilScores.of(applicationId, list)));
		return result;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Assignment> myAssignments() {
		CurrentUser me = identity.require(Role.COUNCIL);
		// One the member became jäv for is withdrawn at the change (ConflictedAssignmentWithdrawal); this keeps any
		// that a change without an event made jäv (an organisation's lineage) off the list too.
		return assignments.findByMemberIdOrderByAssignedAt(me.userId()).stream()
			.map(a -> applications.find(a.applicationId())
				.filter(app -> !NoConflictOfInterest.conflicted(me.organisationId(), app.leadOrganisationId(),
						applications.partnersOf(app.id())))
				.map(app -> new Assignment(app.id(),
					app.registrationNumber(), app.title(), app.leadOrganisationName(), a.submittedAt() != null))
				.orElse(null))
			.filter(java.util.Objects::nonNull).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Review review(UUID applicationId) {
		CurrentUser me = identity.require(Role.COUNCIL);
		return review(mine(me, applicationId));
	}

	@Override
	@Transactional
	public Review score(UUID applicationId, List<Integer> scores, List<String> comments) {
		CurrentUser me = identity.require(Role.COUNCIL);
		CouncilAssignment a = mine(me, applicationId);
		List<String> criteria = callOf(application(applicationId)).mainCriteria();
		List<Integer> s = scores == null ? List.of() : scores;
		List<String> c = comments == null ? List.of() : comments;
		var violations = new EveryCriterionScored().check(new EveryCriterionScored.Review(s, c, criteria.size()));
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		var before = a.submittedAt() == null ? null : a.snapshot();
		var result = new ArrayList<CouncilScore>();
		for (int i = 0; i < criteria.size(); i++) {
			String comment = i < c.size() && c.get(i) != null && !c.get(i).isBlank() ? c.get(i).strip() : null;
			result.add(new CouncilScore(criteria.get(i), s.get(i), comment));
		}
		a.submit(result, clock.instant());
		assignments.saveAndFlush(a);
		audit.record(AUDIT_TYPE, applicationId, "scored", before, a.snapshot());
		return review(a);
	}

	@Override
	@Transactional
	public void declareConflict(UUID applicationId, String reason) {
		CurrentUser me = identity.require(Role.COUNCIL);
		CouncilAssignment a = mine(me, applicationId);
		String clean = reason == null ? "" : reason.strip();
		if (clean.isEmpty() || clean.length() > 2000) {
			throw new ViolationException(Violation.of("reason", "required", "assessment.council.conflictReason"));
		}
		var before = a.snapshot();
		assignments.delete(a);
		assignments.flush();
		audit.record(AUDIT_TYPE, applicationId, "conflict-declared", before,
				Map.of("member", a.memberName(), "reason", clean));
	}

	@Override
	@Transactional(readOnly = true)
	public AuditPage history(UUID applicationId) {
		identity.require(Role.OFFICER, Role.ADMIN);
		application(applicationId);
		return audit.page(AUDIT_TYPE, applicationId, 1);
	}

	private Review review(CouncilAssignment a) {
		SubmittedApplication app = application(a.applicationId());
		var all = assignments.findByApplicationIdOrderByMemberName(a.applicationId());
		List<MemberScores> others = a.submittedAt() == null ? List.of()
				: all.stream().filter(o -> !o.id().equals(a.id()) && o.submittedAt() != null)
					.map(CouncilService::scores).toList();
		return new Review(app.id(), app.registrationNumber(), app.title(), app.leadOrganisationName(),
				app.requestedAmount(), applications.textsOf(app.id()), callOf(app).mainCriteria(), scores(a), others);
	}

	/** The member's own assignment; jäv by organisation is checked again, as an officer's choice may predate it. */
	private CouncilAssignment mine(CurrentUser me, UUID applicationId) {
		SubmittedApplication app = application(applicationId);
		if (NoConflictOfInterest.conflicted(me.organisationId(), app.leadOrganisationId(),
				applications.partnersOf(applicationId))) {
			throw new NotFoundException("application");
		}
		return assignments.findByApplicationIdAndMemberId(applicationId, me.userId())
			.orElseThrow(() -> new NotFoundException("application"));
	}

	private static MemberScores scores(CouncilAssignment a) {
		return new MemberScores(a.memberId(), a.memberName(), a.submittedAt(),
				a.scores().stream().map(s -> new Score(s.criterion(), s.score(), s.comment())).toList());
	}

	private Map<UUID, UserSummary> members() {
		var map = new LinkedHashMap<UUID, UserSummary>();
		identity.usersWithRole(Role.COUNCIL).stream()
			.sorted(java.util.Comparator.comparing(UserSummary::displayName))
			.forEach(u -> map.put(u.id(), u));
		return map;
	}

	private SubmittedApplication application(UUID id) {
		return applications.find(id).orElseThrow(() -> new NotFoundException("application"));
	}

	private CallView callOf(SubmittedApplication application) {
		return calls.find(application.callId()).orElseThrow(() -> new NotFoundException("call"));
	}
}
