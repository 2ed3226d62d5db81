package se.fuel.assessment.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.applications.SubmittedApplication;
import se.fuel.applications.SubmittedApplications;
import se.fuel.assessment.ApplicationAssessed;
import se.fuel.assessment.AssessmentInput;
import se.fuel.assessment.AssessmentRow;
import se.fuel.assessment.AssessmentView;
import se.fuel.assessment.Assessments;
import se.fuel.assessment.ReasonCategoryView;
import se.fuel.assessment.Recommendation;
import se.fuel.assessment.rules.AssessmentCandidate;
import se.fuel.assessment.rules.AssessmentRules;
import se.fuel.assessment.rules.CriterionFields;
import se.fuel.audit.AuditPage;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.NotFoundException;
import se.fuel.common.SerialisedSaves;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/**
 * Officers' assessments; pages and the API both call this, so every method checks the role itself. Applicants get
 * 403 whatever the application, so that an assessment never leaks to the applying organisation.
 */
@Service
class AssessmentService implements Assessments {

	static final String AUDIT_TYPE = "Assessment";

	static final String REASON_AUDIT_TYPE = "ReasonCategory";

	/** The first key of the assessments' advisory locks, so that they cannot meet another module's. */
	private static final int MAX_TEXT = 4000;

	private final AssessmentRepository assessments;

	private final ReasonCategoryRepository reasons;

	private final SubmittedApplications applications;

	private final Calls calls;

	private final Identity identity;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final SerialisedSaves saves;

	private final Clock clock;

	private final DocumentPhrases phrases;

	AssessmentService(AssessmentRepository assessments, ReasonCategoryRepository reasons,
			SubmittedApplications applications, Calls calls, Identity identity, AuditTrail audit,
			ApplicationEventPublisher events, JdbcClient jdbc, SerialisedSaves saves, Clock clock,
			DocumentPhrases phrases) {
		this.clock = clock;
		this.phrases = phrases;
		this.jdbc = jdbc;
		this.saves = saves;
		this.assessments = assessments;
		this.reasons = reasons;
		this.applications = applications;
		this.calls = calls;
		this.identity = identity;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public AssessmentView find(UUID applicationId) {
		identity.require(Role.OFFICER, Role.ADMIN);
		SubmittedApplication application = application(applicationId);
		return view(application, callOf(application), assessments.findByApplicationId(applicationId).orElse(null));
	}

	@Override
	@Transactional
	public AssessmentView record(UUID applicationId, AssessmentInput input, Long openedVersion) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN);
		SubmittedApplication application = application(applicationId);
		CallView call = callOf(application);
		saves.of("assessment", applicationId);
		Assessment assessment = assessments.findByApplicationId(applicationId)
			.orElseGet(() -> new Assessment(applicationId, call.id()));
		boolean created = assessment.assessedBy() == null;
		// Checked before the rules: a copy someone else has changed is not worth correcting.
		audit.requireUnchanged(AUDIT_TYPE, assessment.id(), openedVersion, created ? 0 : versionOf(assessment));
		var violations = new ArrayList<Violation>();
		if (!application.submitted()) {
			violations.add(Violation.of("status", "submitted", "assessment.rule.onlySubmitted"));
		}
		violations.addAll(lengths(input));
		violations.addAll(AssessmentRules.check(new AssessmentCandidate(input, call.mainCriteria(),
				call.priorityAreas(), application.requestedAmount())));
		if (input.recommendation() == Recommendation.REJECT && input.reasonCategoryId() != null
				&& reasons.findById(input.reasonCategoryId()).filter(ReasonCategory::active).isEmpty()) {
			violations.add(Violation.of("reasonCategoryId", "active-reason-category", "assessment.rule.activeReason"));
		}
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		var before = created ? null : assessment.snapshot();
		Recommendation previous = assessment.recommendation();
		Long previousAmount = assessment.recommendedAmount(application.requestedAmount());
		UUID previousReason = assessment.reasonCategoryId();
		assessment.record(criteria(call, input), areas(call, input), input.recommendation(), input.partialAmount(),
				input.reasonCategoryId(), blankToNull(input.motivation()), me.username(), clock.instant());
		assessment = flush(assessment);
		audit.record(AUDIT_TYPE, assessment.id(), created ? "created" : "updated", before, assessment.snapshot());
		Long amount = assessment.recommendedAmount(application.requestedAmount());
		if (assessment.recommendation() != null && (previous != assessment.recommendation()
				|| !java.util.Objects.equals(previousAmount, amount)
				|| !java.util.Objects.equals(previousReason, assessment.reasonCategoryId()))) {
			events.publishEvent(new ApplicationAssessed(assessment.id(), applicationId, call.id(),
					assessment.recommendation(), amount, assessment.reasonCategoryId()));
		}
		return view(application, call, assessment);
	}

	@Override
	@Transactional
	public AssessmentView reject(UUID applicationId, UUID reasonCategoryId, String motivation, Long openedVersion) {
		AssessmentView current = find(applicationId);
		var criteria = current.criteria().stream()
			.map(c -> new AssessmentInput.CriterionAnswer(c.met(), c.motivation())).toList();
		var areas = current.priorityAreas().stream().map(AssessmentView.AreaResult::addressed).toList();
		return record(applicationId, new AssessmentInput(criteria, areas, Recommendation.REJECT, null,
				reasonCategoryId, motivation), openedVersion);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AssessmentRow> list(UUID callId) {
		identity.require(Role.OFFICER, Role.ADMIN);
		Map<UUID, Assessment> byApplication = new HashMap<>();
		assessments.findByCallId(callId).forEach(a -> byApplication.put(a.applicationId(), a));
		return applications.submittedTo(callId).stream().map(app -> {
			Assessment a = byApplication.get(app.id());
			return new AssessmentRow(app.id(), app.registrationNumber(), app.title(), app.leadOrganisationName(),
					app.requestedAmount(), a == null ? null : a.recommendation(),
					a == null ? null : a.recommendedAmount(app.requestedAmount()), a != null);
		}).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public AuditPage history(UUID applicationId) {
		identity.require(Role.OFFICER, Role.ADMIN);
		application(applicationId);
		return assessments.findByApplicationId(applicationId).map(a -> audit.page(AUDIT_TYPE, a.id(), 1))
			.orElseGet(() -> AuditPage.none(AUDIT_TYPE));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReasonCategoryView> reasonCategories() {
		identity.require(Role.OFFICER, Role.ADMIN);
		return reasons.findAllByOrderByPositionAsc().stream()
			.sorted(java.util.Comparator.comparing((ReasonCategory r) -> !r.active()))
			.map(this::view).toList();
	}

	@Override
	@Transactional
	public ReasonCategoryView addReasonCategory(String name) {
		identity.require(Role.OFFICER, Role.ADMIN);
		String clean = checkName(name, null);
		int position = reasons.findAll().stream().mapToInt(ReasonCategory::position).max().orElse(0) + 1;
		var category = new ReasonCategory(clean, position);
		reasons.saveAndFlush(category);
		audit.record(REASON_AUDIT_TYPE, category.id(), "created", null,
				category.snapshot(phrases.generated(category)));
		return view(category);
	}

	@Override
	@Transactional
	public ReasonCategoryView changeReasonCategory(UUID id, String name, boolean active, String documentPhrase) {
		identity.require(Role.OFFICER, Role.ADMIN);
		ReasonCategory category = reasons.findById(id).orElseThrow(() -> new NotFoundException("reason category"));
		String clean = checkName(name, category);
		String phrase = documentPhrase == null ? "" : documentPhrase.strip();
		if (phrase.length() > 500) {
			throw new ViolationException(Violation.of("documentPhrase", "max-length", "assessment.reasons.phraseLength"));
		}
		var before = category.snapshot(phrases.generated(category));
		category.change(clean, active, phrase.isEmpty() ? null : phrase);
		reasons.saveAndFlush(category);
		audit.record(REASON_AUDIT_TYPE, id, "updated", before, category.snapshot(phrases.generated(category)));
		return view(category);
	}

	private String checkName(String name, ReasonCategory current) {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty() || clean.length() > 300) {
			throw new ViolationException(Violation.of("name", "required", "assessment.reasons.nameRequired"));
		}
		boolean renamed = current == null || !current.name().equalsIgnoreCase(clean);
		if (renamed && reasons.existsByNameIgnoreCase(clean)) {
			throw new ViolationException(Violation.of("name", "unique", "assessment.reasons.nameUnique"));
		}
		return clean;
	}

	private static List<Violation> lengths(AssessmentInput input) {
		var found = new ArrayList<Violation>();
		for (int i = 0; i < input.criteria().size(); i++) {
			var a = input.criteria().get(i);
			if (a != null && a.motivation() != null && a.motivation().length() > MAX_TEXT) {
				found.add(Violation.of(CriterionFields.motivation(i), "max-length",
						"assessment.rule.criterionMotivationLength", i + 1));
			}
		}
		if (input.motivation() != null && input.motivation().length() > MAX_TEXT) {
			found.add(Violation.of("motivation", "max-length", "assessment.rule.motivationLength"));
		}
		return found;
	}

	private static List<CriterionResult> criteria(CallView call, AssessmentInput input) {
		var result = new ArrayList<CriterionResult>();
		for (int i = 0; i < call.mainCriteria().size(); i++) {
			var a = i < input.criteria().size() ? input.criteria().get(i) : null;
			result.add(new CriterionResult(call.mainCriteria().get(i), a == null ? null : a.met(),
					a == null ? null : blankToNull(a.motivation())));
		}
		return result;
	}

	private static List<AreaResult> areas(CallView call, AssessmentInput input) {
		var result = new ArrayList<AreaResult>();
		for (int i = 0; i < call.priorityAreas().size(); i++) {
			result.add(new AreaResult(call.priorityAreas().get(i),
					i < input.priorityAreas().size() ? input.priorityAreas().get(i) : null));
		}
		return result;
	}

	private AssessmentView view(SubmittedApplication app, CallView call, Assessment a) {
		var criteria = new ArrayList<AssessmentView.CriterionResult>();
		for (int i = 0; i < call.mainCriteria().size(); i++) {
			var r = a != null && i < a.criteria().size() ? a.criteria().get(i) : null;
			criteria.add(new AssessmentView.CriterionResult(call.mainCriteria().get(i), r == null ? null : r.met(),
					r == null ? null : r.motivation()));
		}
		var areas = new ArrayList<AssessmentView.AreaResult>();
		for (int i = 0; i < call.priorityAreas().size(); i++) {
			var r = a != null && i < a.priorityAreas().size() ? a.priorityAreas().get(i) : null;
			areas.add(new AssessmentView.AreaResult(call.priorityAreas().get(i), r == null ? null : r.addressed()));
		}
		String reasonName = a == null || a.reasonCategoryId() == null ? null
				: reasons.findById(a.reasonCategoryId()).map(ReasonCategory::name).orElse(null);
		return new AssessmentView(a == null ? null : a.id(), a == null ? 0 : versionOf(a), app.id(), call.id(), call.title(), call.programmeCode(),
				app.title(), app.leadOrganisationName(), app.registrationNumber(), app.requestedAmount(), criteria,
				areas, a == null ? null : a.recommendation(), a == null ? null : a.grantedAmount(),
				a == null ? null : a.reasonCategoryId(), reasonName, a == null ? null : a.motivation(),
				a == null ? null : a.recommendedAmount(app.requestedAmount()), a == null ? null : a.assessedBy(),
				a == null ? null : a.updatedAt());
	}

	/**
	 * The version officers see: the stored one plus one, so that 0 means "nothing recorded yet" and a form opened
	 * then is refused once another officer has made the first save.
	 */
	private static long versionOf(Assessment a) {
		return a.version() + 1;
	}


	/** Writes the save now, so that a conflict that slipped past the lock is refused with who saved, never a 500. */
	private Assessment flush(Assessment assessment) {
		try {
			return assessments.saveAndFlush(assessment);
		}
		catch (OptimisticLockingFailureException e) {
			long stored = jdbc.sql("select version from assessment where application_id = ?")
				.param(assessment.applicationId()).query(Long.class).single();
			throw audit.staleVersion(AUDIT_TYPE, assessment.id(), stored + 1);
		}
	}

	private SubmittedApplication application(UUID id) {
		return applications.find(id).orElseThrow(() -> new NotFoundException("application"));
	}

	private CallView callOf(SubmittedApplication application) {
		return calls.find(application.callId()).orElseThrow(() -> new NotFoundException("call"));
	}

	private ReasonCategoryView view(ReasonCategory r) {
		return new ReasonCategoryView(r.id(), r.name(), r.active(), phrases.of(r));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
