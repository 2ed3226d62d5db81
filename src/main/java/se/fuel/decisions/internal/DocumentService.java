package se.fuel.decisions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.applications.ApplicationDecisions;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.decisions.AllocationLine;
import se.fuel.decisions.AllocationView;
import se.fuel.decisions.ApplicationOutcome;
import se.fuel.decisions.AttestationRequested;
import se.fuel.decisions.AttestationView;
import se.fuel.decisions.CommitteeDecided;
import se.fuel.decisions.CommitteeDecisionView;
import se.fuel.decisions.DecisionDocumentContent;
import se.fuel.decisions.DecisionDocuments;
import se.fuel.decisions.DecisionInput;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.decisions.DocumentSummary;
import se.fuel.decisions.DocumentView;
import se.fuel.decisions.RoundStatus;
import se.fuel.decisions.Signatory;
import se.fuel.decisions.rules.AttestedOnceOnTheCurrentVersion;
import se.fuel.decisions.rules.CommitteeDecisionAfterAttestation;
import se.fuel.decisions.rules.DecidedOnOrAfterDocumentAndAttestations;
import se.fuel.decisions.rules.OnlyAttestantsAttest;
import se.fuel.decisions.rules.ParagraphShownOneWay;
import se.fuel.decisions.rules.RoundStatusAllows;
import se.fuel.documents.SigningCertificate;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity.UserSummary;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decision document versions, their attestation and the committee's decision. Officers see every version; a named
 * attestant sees the versions sent to them; anyone else gets 403, and an attestant a version not sent to them 404.
 */
@Service
class DocumentService implements DecisionDocuments {

	static final String AUDIT_TYPE = "DecisionDocument";

	private final DecisionDocumentRepository documents;

	private final AttestationRepository attestations;

	private final DecisionRoundRepository rounds;

	private final RecordedOutcomeRepository outcomes;

	private final AllocationCalculator calculator;

	private final Identity identity;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	private final ApplicationDecisions applications;

	private final SignedArchive archive;

	DocumentService(DecisionDocumentRepository documents, AttestationRepository attestations,
			DecisionRoundRepository rounds, RecordedOutcomeRepository outcomes, AllocationCalculator calculator,
			Identity identity, AuditTrail audit, JsonMapper json, ApplicationEventPublisher events, Clock clock,
			MessageSource messages, ApplicationDecisions applications, SignedArchive archive) {
		this.applications = applications;
		this.archive = archive;
		this.clock = clock;
		this.messages = messages;
		this.documents = documents;
		this.attestations = attestations;
		this.rounds = rounds;
		this.outcomes = outcomes;
		this.calculator = calculator;
		this.identity = identity;
		this.audit = audit;
		this.json = json;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public DocumentView document(UUID documentId) {
		return view(readable(documentId));
	}

	@Override
	@Transactional
	public byte[] pdf(UUID documentId) {
		DecisionDocument document = readable(documentId);
		return archive.pdf(document, view(document));
	}

	@Override
	public SigningCertificate signingCertificate() {
		identity.require(Role.values());
		return archive.certificate();
	}

	private DecisionDocument readable(UUID documentId) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN, Role.ATTESTANT);
		DecisionDocument document = documents.findById(documentId).orElseThrow(DocumentService::notFound);
		if (me.is(Role.ATTESTANT) && attestations.findByDocumentIdOrderByRequestedAtAscNameAsc(documentId).stream()
			.noneMatch(a -> a.attestantId().equals(me.userId()))) {
			throw notFound();
		}
		return document;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DocumentSummary> versions(int year) {
		identity.require(Role.OFFICER, Role.ADMIN);
		return documents.findByYearOrderByNumberDesc(year).stream().map(this::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DocumentView> current(int year) {
		identity.require(Role.OFFICER, Role.ADMIN);
		return documents.findByYearAndCurrentTrue(year).map(this::view);
	}

	@Override
	@Transactional
	public DocumentView sendForAttestation(UUID documentId, List<UUID> attestantIds) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN);
		return sendAsOf(documentId, attestantIds, me.username(), clock.instant());
	}

	@Override
	@Transactional
	public DocumentView attest(UUID documentId) {
		CurrentUser me = identity.require(Role.ATTESTANT);
		DocumentView attested = attestAsOf(documentId, me.userId(), clock.instant());
		archive.archiveIfFullyAttested(documents.findById(documentId).orElseThrow(), attested);
		return attested;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DocumentSummary> awaitingMyAttestation() {
		CurrentUser me = identity.require(Role.ATTESTANT);
		return attestations.findByAttestantIdAndAttestedAtIsNullAndVoidedAtIsNull(me.userId()).stream()
			.map(a -> documents.findById(a.documentId()).orElseThrow())
			.filter(DecisionDocument::current)
			.map(this::summary)
			.toList();
	}

	@Override
	@Transactional
	public DocumentView recordDecision(UUID documentId, DecisionInput input) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN);
		return decideAsOf(documentId, input, me.username(), clock.instant());
	}

	/** Sends as of a given time: the demo data back-dates the 2024 round with it. */
	@Transactional
	DocumentView sendAsOf(UUID documentId, List<UUID> attestantIds, String actor, Instant at) {
		DecisionDocument document = documents.findById(documentId).orElseThrow(DocumentService::notFound);
		DecisionRound round = rounds.findById(document.year()).orElseThrow();
		List<UUID> requested = attestantIds == null ? List.of() : attestantIds;
		List<UserSummary> chosen = new ArrayList<>();
		for (UUID id : requested) {
			identity.user(id).filter(u -> u.role() == Role.ATTESTANT).ifPresent(chosen::add);
		}
		List<Violation> violations = new OnlyAttestantsAttest().check(new OnlyAttestantsAttest.Request(
				document.current(), round.status(), requested.size(), requested.size() - chosen.size()));
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		List<Attestation> existing = new ArrayList<>(attestations.findByDocumentIdOrderByRequestedAtAscNameAsc(documentId));
		for (UserSummary user : chosen) {
			if (existing.stream().noneMatch(a -> a.attestantId().equals(user.id()) && a.voidedAt() == null)) {
				Attestation attestation = attestations.save(new Attestation(documentId, user.id(), user.displayName(),
						user.title(), actor, at));
				audit.record(AUDIT_TYPE, documentId, "sent-for-attestation", null,
						Map.of("attestant", user.displayName(), "version", document.number()));
				events.publishEvent(new AttestationRequested(documentId, document.year(), document.number(), user.id()));
				existing.add(attestation);
			}
		}
		round.changeStatus(RoundStatus.SENT_FOR_ATTESTATION);
		return view(document);
	}

	@Transactional
	DocumentView attestAsOf(UUID documentId, UUID attestantId, Instant at) {
		DecisionDocument document = documents.findById(documentId).orElseThrow(DocumentService::notFound);
		List<Attestation> all = attestations.findByDocumentIdOrderByRequestedAtAscNameAsc(documentId);
		Attestation mine = all.stream()
			.filter(a -> a.attestantId().equals(attestantId) && a.voidedAt() == null)
			.findFirst()
			.orElseThrow(DocumentService::notFound);
		List<Violation> refused = new AttestedOnceOnTheCurrentVersion()
			.check(new AttestedOnceOnTheCurrentVersion.Attesting(document.current(), mine.pending()));
		if (!refused.isEmpty()) {
			throw new ViolationException(refused);
		}
		mine.attest(at);
		audit.record(AUDIT_TYPE, documentId, "attested", null,
				Map.of("attestant", mine.name(), "version", document.number()));
		if (all.stream().filter(a -> a.voidedAt() == null).allMatch(Attestation::valid)) {
			rounds.findById(document.year()).orElseThrow().changeStatus(RoundStatus.ATTESTED);
		}
		return view(document);
	}

	@Transactional
	DocumentView decideAsOf(UUID documentId, DecisionInput input, String actor, Instant at) {
		DecisionDocument document = documents.findById(documentId).orElseThrow(DocumentService::notFound);
		DecisionRound round = rounds.findById(document.year()).orElseThrow();
		List<Violation> violations = new ArrayList<>(new CommitteeDecisionAfterAttestation().check(
				new CommitteeDecisionAfterAttestation.Decision(document.current(), round.status(), input,
						LocalDate.ofInstant(at, SwedishFormat.ZONE))));
		violations.addAll(new DecidedOnOrAfterDocumentAndAttestations().check(dates(document, input)));
		violations.addAll(new ParagraphShownOneWay().check(input.paragraph()));
		String amendment = input.amendment() == null ? "" : input.amendment().strip();
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		String paragraph = ParagraphShownOneWay.shown(input.paragraph());
		document.decide(input.decidedOn(), paragraph, input.asProposed(), input.asProposed() ? null : amendment, actor,
				at);
		round.changeStatus(RoundStatus.DECIDED);
		AllocationView allocation = calculator.compute(document.year());
		List<ApplicationOutcome> decided = new ArrayList<>();
		for (AllocationLine line : allocation.lines()) {
			ApplicationOutcome outcome = new ApplicationOutcome(line.applicationId(), line.callId(),
					line.registrationNumber(), line.title(), line.programmeCode(), document.year(),
					line.organisationId(), line.outcome(), line.requestedAmount(), line.amount(), reason(line),
					input.decidedOn(), paragraph);
			outcomes.save(new RecordedOutcome(document.id(), outcome));
			applications.decided(line.applicationId(), line.outcome().applicationStatus());
			decided.add(outcome);
		}
		audit.record(AUDIT_TYPE, documentId, "decided", null, Map.of("decidedOn", input.decidedOn().toString(),
				"paragraph", paragraph, "asProposed", input.asProposed(), "amendment", amendment));
		events.publishEvent(new CommitteeDecided(document.year(), document.id(), input.decidedOn(), paragraph,
				List.copyOf(decided)));
		return view(document);
	}

	private DecidedOnOrAfterDocumentAndAttestations.Dates dates(DecisionDocument document, DecisionInput input) {
		LocalDate documentDate = json.readValue(document.content(), DecisionDocumentContent.class).documentDate();
		List<DecidedOnOrAfterDocumentAndAttestations.Attested> attested = attestations
			.findByDocumentIdOrderByRequestedAtAscNameAsc(document.id())
			.stream()
			.filter(Attestation::valid)
			.sorted(Comparator.comparing(Attestation::attestedAt))
			.map(a -> new DecidedOnOrAfterDocumentAndAttestations.Attested(a.name(),
					LocalDate.ofInstant(a.attestedAt(), SwedishFormat.ZONE)))
			.toList();
		return new DecidedOnOrAfterDocumentAndAttestations.Dates(input.decidedOn(), documentDate, attested);
	}

	/**
	 * What the applicant is told: the document's sentence about a rejection or a reduction, kept with the outcome as
	 * decided, so in Swedish like the document.
	 */
	private String reason(AllocationLine line) {
		if (line.outcome() == DecisionOutcome.REJECTED) {
			String phrase = line.reasonPhrase() == null || line.reasonPhrase().isBlank() ? sv("outcome.rejected")
					: line.reasonPhrase();
			return sv("outcome.project", phrase);
		}
		return line.outcome() == DecisionOutcome.PARTIALLY_GRANTED ? sv("outcome.partial") : "";
	}

	private String sv(String key, Object... arguments) {
		return messages.getMessage("decisions." + key, arguments, SwedishFormat.SWEDISH);
	}

	/** A new current version; the previous one must already be superseded. */
	DecisionDocument createVersion(int year, DecisionDocumentContent content, String actor, Instant at) {
		int number = documents.findByYearOrderByNumberDesc(year).stream().findFirst().map(d -> d.number() + 1)
			.orElse(1);
		DecisionDocument document = documents.save(new DecisionDocument(year, number, json.writeValueAsString(content),
				actor, at));
		audit.record(AUDIT_TYPE, document.id(), "created", null, Map.of("year", year, "version", number));
		return document;
	}

	/**
	 * The allocation changed after finalising: the current version stops being current and its attestations are
	 * voided, so only a newly finalised and attested version can be decided.
	 */
	void supersede(int year, Instant at) {
		documents.findByYearAndCurrentTrue(year).ifPresent(document -> {
			if (document.decided()) {
				throw new ViolationException(new RoundStatusAllows()
					.check(new RoundStatusAllows.Step(year, RoundStatus.DECIDED, RoundStatusAllows.Action.CHANGE)));
			}
			document.supersede();
			attestations.findByDocumentIdOrderByRequestedAtAscNameAsc(document.id()).forEach(a -> a.voidAt(at));
			audit.record(AUDIT_TYPE, document.id(), "superseded", Map.of("version", document.number(), "current", true),
					Map.of("version", document.number(), "current", false));
		});
		rounds.findById(year).ifPresent(round -> round.changeStatus(RoundStatus.OPEN));
	}

	DocumentView view(DecisionDocument document) {
		RoundStatus roundStatus = rounds.findById(document.year()).map(DecisionRound::status)
			.orElse(RoundStatus.OPEN);
		RoundStatus status = document.decided() ? RoundStatus.DECIDED
				: document.current() ? roundStatus : RoundStatus.FINALISED;
		DecisionDocumentContent content = json.readValue(document.content(), DecisionDocumentContent.class);
		List<String> signing = content.signatories() == null ? List.of()
				: content.signatories().stream().map(Signatory::name).toList();
		// The attestation table follows the signatures' order (socialdirektör first in the 2024 document), others after
		List<AttestationView> attested = attestations.findByDocumentIdOrderByRequestedAtAscNameAsc(document.id())
			.stream()
			.sorted(Comparator.comparingInt((Attestation a) -> signing.contains(a.name())
					? signing.indexOf(a.name()) : signing.size()))
			.map(a -> new AttestationView(a.attestantId(), a.name(), a.title(), a.requestedAt(), a.attestedAt(),
					a.voidedAt()))
			.toList();
		CommitteeDecisionView decision = document.decided()
				? new CommitteeDecisionView(document.decidedOn(), document.paragraph(),
						Boolean.TRUE.equals(document.asProposed()), document.amendment(), document.recordedBy(),
						document.recordedAt())
				: null;
		return new DocumentView(document.id(), document.year(), document.number(), document.current(), status,
				document.createdAt(), document.createdBy(), content, attested, decision);
	}

	static NotFoundException notFound() {
		return new NotFoundException("decision document or allocation");
	}

	private DocumentSummary summary(DecisionDocument document) {
		DocumentView view = view(document);
		return new DocumentSummary(document.id(), document.year(), document.number(), view.content().title(),
				document.current(), view.status(), document.createdAt());
	}
}
