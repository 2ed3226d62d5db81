package se.fuel.decisions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.assessment.ApplicationAssessed;
import se.fuel.assessment.Assessments;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.SerialisedSaves;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.decisions.AllocationLine;
import se.fuel.decisions.AllocationView;
import se.fuel.decisions.Allocations;
import se.fuel.decisions.DocumentView;
import se.fuel.decisions.RoundStatus;
import se.fuel.decisions.RoundTexts;
import se.fuel.decisions.Signatory;
import se.fuel.decisions.VersionedTexts;
import se.fuel.decisions.document.DocumentComposer;
import se.fuel.decisions.rules.AmountWithinRequested;
import se.fuel.decisions.rules.RoundStatusAllows;
import se.fuel.decisions.rules.RoundTextsComplete;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity.UserSummary;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * The officers' allocation workbench: amounts, texts and finalising. Any change after finalising supersedes the
 * current document version (and voids its attestations); after the committee's decision nothing changes.
 */
@Service
class AllocationService implements Allocations {

	static final String AUDIT_TYPE = "Allocation";

	private final AllocationCalculator calculator;

	private final AllocationAmountRepository amounts;

	private final DecisionRoundRepository rounds;

	private final DocumentService documents;

	private final DocumentComposer composer;

	private final Calls calls;

	private final Identity identity;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final SerialisedSaves saves;

	private final Clock clock;

	private final MessageSource messages;

	private final Assessments assessments;

	AllocationService(AllocationCalculator calculator, AllocationAmountRepository amounts,
			DecisionRoundRepository rounds, DocumentService documents, DocumentComposer composer, Calls calls,
			Identity identity, AuditTrail audit, JsonMapper json, SerialisedSaves saves, Clock clock,
			MessageSource messages, Assessments assessments) {
		this.assessments = assessments;
		this.clock = clock;
		this.messages = messages;
		this.saves = saves;
		this.calculator = calculator;
		this.amounts = amounts;
		this.rounds = rounds;
		this.documents = documents;
		this.composer = composer;
		this.calls = calls;
		this.identity = identity;
		this.audit = audit;
		this.json = json;
	}

	@Override
	public List<Integer> years() {
		identity.require(Role.OFFICER, Role.ADMIN);
		return calls.all().stream().filter(CallView::published).map(CallView::year).distinct()
			.sorted(Comparator.reverseOrder()).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public AllocationView allocation(int year) {
		identity.require(Role.OFFICER, Role.ADMIN);
		return existing(year);
	}

	@Override
	@Transactional
	public AllocationView changeAmount(int year, UUID applicationId, long amount, Long openedVersion) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN);
		saves.of("allocation", year);
		AllocationLine line = lineOf(year, applicationId);
		audit.requireUnchanged(AUDIT_TYPE, applicationId, openedVersion, line.version());
		List<Violation> refused = new AmountWithinRequested().check(new AmountWithinRequested.Change(line, amount));
		if (!refused.isEmpty()) {
			throw new ViolationException(refused);
		}
		if (amount == line.amount()) {
			return calculator.compute(year);
		}
		Instant now = clock.instant();
		changing(year, now);
		AllocationAmount changed = amounts.findById(applicationId).orElseGet(() -> new AllocationAmount(applicationId,
				year));
		changed.change(amount, me.username(), now);
		amounts.saveAndFlush(changed);
		audit.record(AUDIT_TYPE, applicationId, "updated", Map.of("amount", line.amount()), Map.of("amount", amount));
		return calculator.compute(year);
	}

	@Override
	@Transactional
	public AllocationView resetAmount(int year, UUID applicationId, Long openedVersion) {
		identity.require(Role.OFFICER, Role.ADMIN);
		saves.of("allocation", year);
		AllocationLine line = lineOf(year, applicationId);
		audit.requireUnchanged(AUDIT_TYPE, applicationId, openedVersion, line.version());
		amounts.findById(applicationId).ifPresent(changed -> {
			changing(year, clock.instant());
			amounts.delete(changed);
			audit.record(AUDIT_TYPE, applicationId, "reset", Map.of("amount", line.amount()), null);
		});
		return calculator.compute(year);
	}

	@Override
	@Transactional
	public AllocationView reject(int year, UUID applicationId, UUID reasonCategoryId, String motivation,
			Long openedAssessmentVersion) {
		identity.require(Role.OFFICER, Role.ADMIN);
		saves.of("allocation", year);
		lineOf(year, applicationId);
		// Checked here too: an unchanged rejection publishes no event, and so would pass the listener's check below.
		requireChangeable(year);
		assessments.reject(applicationId, reasonCategoryId, motivation, openedAssessmentVersion);
		return calculator.compute(year);
	}

	@Override
	@Transactional(readOnly = true)
	public RoundTexts texts(int year) {
		identity.require(Role.OFFICER, Role.ADMIN);
		existing(year);
		return textsOf(year);
	}

	@Override
	@Transactional(readOnly = true)
	public VersionedTexts versionedTexts(int year) {
		RoundTexts texts = texts(year);
		return new VersionedTexts(texts, textsVersion(year));
	}

	@Override
	@Transactional
	public VersionedTexts changeTexts(int year, RoundTexts texts, Long openedVersion) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN);
		existing(year);
		saves.of("allocation", year);
		audit.requireUnchanged(AUDIT_TYPE + "Round", year, openedVersion, textsVersion(year));
		RoundTexts saved = changeTextsAs(year, texts, me.username());
		rounds.flush();
		return new VersionedTexts(saved, textsVersion(year));
	}

	private long textsVersion(int year) {
		return rounds.findById(year).map(r -> r.version() + 1).orElse(0L);
	}


	@Override
	@Transactional
	public DocumentView finalise(int year) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN);
		existing(year);
		return finaliseAsOf(year, me.username(), clock.instant());
	}

	/** Finalises as of a given time: the demo data back-dates the 2024 round with it. */
	@Transactional
	DocumentView finaliseAsOf(int year, String actor, Instant at) {
		DecisionRound round = rounds.findById(year).orElseGet(() -> rounds.save(new DecisionRound(year)));
		List<Violation> refused = new RoundStatusAllows()
			.check(new RoundStatusAllows.Step(year, round.status(), RoundStatusAllows.Action.FINALISE));
		if (!refused.isEmpty()) {
			throw new ViolationException(refused);
		}
		AllocationView allocation = calculator.compute(year);
		if (!allocation.violations().isEmpty()) {
			throw new ViolationException(allocation.violations());
		}
		DecisionDocument document = documents.createVersion(year,
				composer.compose(year, textsOf(year), allocation.lines()), actor, at);
		round.changeStatus(RoundStatus.FINALISED);
		audit.record(AUDIT_TYPE + "Round", year, "finalised", null,
				Map.of("version", document.number(), "total", allocation.total()));
		return documents.view(document);
	}

	@Transactional
	RoundTexts changeTextsAs(int year, RoundTexts texts, String actor) {
		boolean officerKnown = texts.officerId() != null && identity.user(texts.officerId())
			.filter(u -> u.role() == Role.OFFICER || u.role() == Role.ADMIN).isPresent();
		List<Violation> violations = new RoundTextsComplete().check(new RoundTextsComplete.Texts(texts, officerKnown));
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		RoundTexts before = textsOf(year);
		if (before.equals(texts)) {
			return before;
		}
		changing(year, clock.instant());
		DecisionRound round = rounds.findById(year).orElseGet(() -> rounds.save(new DecisionRound(year)));
		round.changeTexts(json.writeValueAsString(texts));
		audit.record(AUDIT_TYPE + "Round", year, "updated", before, texts);
		return texts;
	}

	RoundTexts textsOf(int year) {
		return rounds.findById(year)
			.map(DecisionRound::texts)
			.filter(t -> t != null && !t.isBlank())
			.map(t -> json.readValue(t, RoundTexts.class))
			.orElseGet(() -> DefaultTexts.forYear(year,
					identity.usersWithRole(Role.OFFICER).stream().findFirst().map(UserSummary::id).orElse(null),
					identity.usersWithRole(Role.ATTESTANT).stream()
						.map(u -> new Signatory(u.displayName(), u.title(),
								DefaultTexts.signatoryOrganisation(messages)))
						.toList(),
					messages, LocalDate.now(clock.withZone(SwedishFormat.ZONE))));
	}

	/** A reassessment changes the allocation too: the officer's changed amount gives way to the new recommendation. */
	@EventListener
	void on(ApplicationAssessed assessed) {
		calls.find(assessed.callId()).ifPresent(call -> {
			changing(call.year(), clock.instant());
			amounts.findById(assessed.applicationId()).ifPresent(amounts::delete);
		});
	}

	private void changing(int year, Instant at) {
		DecisionRound round = requireChangeable(year);
		if (round != null && round.finalised()) {
			documents.supersede(year, at);
		}
	}

	/** The year's round, null before any; refused once the committee has decided. */
	private DecisionRound requireChangeable(int year) {
		DecisionRound round = rounds.findById(year).orElse(null);
		if (round == null) {
			return null;
		}
		List<Violation> refused = new RoundStatusAllows()
			.check(new RoundStatusAllows.Step(year, round.status(), RoundStatusAllows.Action.CHANGE));
		if (!refused.isEmpty()) {
			throw new ViolationException(refused);
		}
		return round;
	}

	private AllocationView existing(int year) {
		if (calculator.callsOf(year).isEmpty()) {
			throw DocumentService.notFound();
		}
		return calculator.compute(year);
	}

	private AllocationLine lineOf(int year, UUID applicationId) {
		return existing(year).lines().stream()
			.filter(l -> l.applicationId().equals(applicationId))
			.findFirst()
			.orElseThrow(DocumentService::notFound);
	}
}
