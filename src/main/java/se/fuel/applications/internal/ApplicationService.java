package se.fuel.applications.internal;

import se.fuel.applications.ApplicationDetails;
import se.fuel.applications.Applications;
import se.fuel.applications.ApplicationSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.applications.ApplicationReturned;
import se.fuel.applications.ApplicationSubmitted;
import se.fuel.applications.ApplicationContent;
import se.fuel.applications.ApplicationStatus;
import se.fuel.applications.eligibility.Finding;
import se.fuel.applications.lifecycle.EditableWhileDraftOrReturned;
import se.fuel.applications.lifecycle.OnlySubmittedIsReturned;
import se.fuel.applications.lifecycle.ReturnMessageGiven;
import se.fuel.audit.AuditPage;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.NotFoundException;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.OwnOrganisationOnly;
import se.fuel.identity.Role;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;

/**
 * Drafting, submitting, returning and withdrawing applications; the pages and the API both call this, so every
 * method checks the caller's role and organisation itself. An application the caller may not see is "not found".
 * Today is Stockholm's today, from the clock, so an organisation that ended yesterday is not offered after midnight.
 */
@Service
class ApplicationService implements Applications {

	static final String AUDIT_TYPE = "Application";

	private final ApplicationRepository applications;

	private final AttachmentRepository attachments;

	private final Calls calls;

	private final Organisations organisations;

	private final Identity identity;

	private final AuditTrail audit;

	private final Submission submission;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	ApplicationService(ApplicationRepository applications, AttachmentRepository attachments, Calls calls,
			Organisations organisations, Identity identity, AuditTrail audit, Submission submission,
			ApplicationEventPublisher events, JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.attachments = attachments;
		this.calls = calls;
		this.organisations = organisations;
		this.identity = identity;
		this.audit = audit;
		this.submission = submission;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** The call an applicant starts a new application to: published, whatever its window (submission checks it). */
	@Override
	@Transactional(readOnly = true)
	public CallView callToApplyTo(UUID callId) {
		identity.require(Role.APPLICANT);
		return publishedCall(callId);
	}

	/** Organisations that can be partners in a joint project: active today, the caller's own excluded. */
	@Override
	@Transactional(readOnly = true)
	public List<OrganisationSummary> partnerChoices() {
		CurrentUser me = identity.require(Role.APPLICANT, Role.OFFICER, Role.ADMIN);
		return organisations.activeOn(LocalDate.now(clock)).stream()
			.filter(o -> !o.id().equals(me.organisationId()))
			.toList();
	}

	@Override
	@Transactional
	public ApplicationDetails create(UUID callId, ApplicationContent content) {
		CurrentUser me = identity.require(Role.APPLICANT);
		CallView call = publishedCall(callId);
		DraftFormats.check(call, content, activeOrganisationIds());
		// The id is set in advance, so save merges into a managed copy: that copy, flushed, has the stored version.
		Application application = applications.saveAndFlush(
				new Application(call.id(), me.organisationId(), content, clock.instant()));
		audit.record(AUDIT_TYPE, application.id(), "created", null, application.snapshot());
		return details(application, me);
	}

	/**
	 * Saves a draft.
	 * @param openedVersion the version the caller's copy was read at; a different stored version refuses the save
	 *     ({@code null}: no check, for clients that send none)
	 */
	@Override
	@Transactional
	public ApplicationDetails update(UUID id, ApplicationContent content, Long openedVersion) {
		CurrentUser me = identity.require(Role.APPLICANT);
		Application application = editableByLead(id, me);
		audit.requireUnchanged(AUDIT_TYPE, id, openedVersion, application.version());
		CallView call = callOf(application);
		DraftFormats.check(call, content, activeOrganisationIds());
		var before = application.snapshot();
		application.edit(content, clock.instant());
		flush(application);
		audit.record(AUDIT_TYPE, id, "updated", before, application.snapshot());
		return details(application, me);
	}

	/**
	 * Submits after checking every eligibility rule; with any error nothing changes and all violations are thrown at
	 * once. Warnings are kept on the application for the receipt and the officers.
	 */
	@Override
	@Transactional
	public ApplicationDetails submit(UUID id) {
		CurrentUser me = identity.require(Role.APPLICANT);
		Application application = editableByLead(id, me);
		CallView call = callOf(application);
		Instant now = clock.instant();
		List<Finding> findings = submission.check(application, call, now);
		List<Violation> errors = findings.stream().filter(Finding::blocks).map(Finding::violation).toList();
		if (!errors.isEmpty()) {
			throw new ViolationException(errors);
		}
		boolean resubmission = application.registrationNumber() != null;
		var before = application.snapshot();
		String number = resubmission ? null : submission.nextRegistrationNumber(call);
		// The warnings are kept as the applicant was shown them on submission, a record in Swedish.
		application.submit(now, number, findings.stream().filter(f -> !f.blocks())
			.map(f -> messages.getMessage(f.violation().message(), SwedishFormat.SWEDISH)).toList());
		flush(application);
		audit.record(AUDIT_TYPE, id, resubmission ? "resubmitted" : "submitted", before, application.snapshot());
		events.publishEvent(new ApplicationSubmitted(application.id(), call.id(), application.leadOrganisationId(),
				application.registrationNumber(),
				application.requestedAmount() == null ? 0 : application.requestedAmount(), now, resubmission));
		return details(application, me);
	}

	@Override
	@Transactional
	public ApplicationDetails withdraw(UUID id) {
		CurrentUser me = identity.require(Role.APPLICANT);
		Application application = editableByLead(id, me);
		var before = application.snapshot();
		application.withdraw(clock.instant());
		flush(application);
		audit.record(AUDIT_TYPE, id, "withdrawn", before, application.snapshot());
		return details(application, me);
	}

	/** An officer sends a submitted application back to the applicant, saying what to complete. */
	@Override
	@Transactional
	public ApplicationDetails returnForCompletion(UUID id, String message) {
		CurrentUser me = identity.require(Role.OFFICER, Role.ADMIN);
		Application application = applications.findById(id).orElseThrow(() -> notFound());
		var broken = new ArrayList<>(new ReturnMessageGiven().check(message));
		broken.addAll(new OnlySubmittedIsReturned().check(application.status()));
		if (!broken.isEmpty()) {
			throw new ViolationException(broken);
		}
		var before = application.snapshot();
		application.returnForCompletion(message.strip(), clock.instant());
		flush(application);
		audit.record(AUDIT_TYPE, id, "returned", before, application.snapshot());
		events.publishEvent(new ApplicationReturned(application.id(), application.leadOrganisationId(),
				application.registrationNumber(), application.title(), message.strip()));
		return details(application, me);
	}

	@Override
	@Transactional(readOnly = true)
	public ApplicationDetails find(UUID id) {
		CurrentUser me = identity.require(Role.APPLICANT, Role.OFFICER, Role.ADMIN);
		return details(visible(id, me), me);
	}

	@Override
	@Transactional(readOnly = true)
	public AuditPage history(UUID id) {
		CurrentUser me = identity.require(Role.APPLICANT, Role.OFFICER, Role.ADMIN);
		visible(id, me);
		return audit.page(AUDIT_TYPE, id, 1);
	}

	/** What the caller may see: applicants their organisation's (lead or partner), officers all, filtered. */
	@Override
	@Transactional(readOnly = true)
	public List<ApplicationSummary> list(UUID callId, UUID organisationId, ApplicationStatus status) {
		CurrentUser me = identity.require(Role.APPLICANT, Role.OFFICER, Role.ADMIN);
		var scope = OwnOrganisationOnly.exceptOfficers(me);
		List<Application> found = scope.restricts() ? applications.visibleTo(scope.organisation())
				: applications.findAll();
		var callCache = new java.util.HashMap<UUID, CallView>();
		var result = new ArrayList<ApplicationSummary>();
		for (Application a : found) {
			if ((callId != null && !callId.equals(a.callId()))
					|| (organisationId != null && !a.involves(organisationId))
					|| (status != null && status != a.status())) {
				continue;
			}
			CallView call = callCache.computeIfAbsent(a.callId(), cid -> calls.find(cid).orElse(null));
			result.add(new ApplicationSummary(a.id(), a.callId(), call == null ? "" : call.title(),
					call == null ? "" : call.programmeCode(), call == null ? 0 : call.year(), a.leadOrganisationId(),
					organisations.nameOf(a.leadOrganisationId()), a.title(), a.status(), a.registrationNumber(),
					a.requestedAmount(), a.submittedAt(),
					scope.restricts() && !a.leadOrganisationId().equals(scope.organisation())));
		}
		result.sort(Comparator.comparing(ApplicationSummary::year).reversed()
			.thenComparing(ApplicationSummary::programmeCode)
			.thenComparing(s -> s.registrationNumber() == null ? "~" : s.registrationNumber())
			.thenComparing(s -> s.title() == null ? "" : s.title()));
		return result;
	}

	Application visible(UUID id, CurrentUser me) {
		Application application = applications.findById(id).orElseThrow(ApplicationService::notFound);
		if (OwnOrganisationOnly.exceptOfficers(me).seesAny(application.organisationsTakingPart())) {
			return application;
		}
		throw notFound();
	}

	/** The application if the caller's organisation leads it and it can still change; a partner only reads. */
	Application editableByLead(UUID id, CurrentUser me) {
		Application application = visible(id, me);
		if (!application.leadOrganisationId().equals(me.organisationId())) {
			throw new se.fuel.common.AccessDeniedException(Text.of("applications.access.leadOnly"));
		}
		var broken = new EditableWhileDraftOrReturned().check(application.status());
		if (!broken.isEmpty()) {
			throw new ViolationException(broken);
		}
		return application;
	}

	private CallView publishedCall(UUID callId) {
		return calls.find(callId).filter(CallView::published).orElseThrow(() -> new NotFoundException("call"));
	}

	private CallView callOf(Application application) {
		return calls.find(application.callId()).orElseThrow(() -> new NotFoundException("call"));
	}

	private java.util.Set<UUID> activeOrganisationIds() {
		return organisations.activeOn(LocalDate.now(clock)).stream().map(OrganisationSummary::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	ApplicationDetails details(Application a, CurrentUser me) {
		CallView call = callOf(a);
		var partners = a.partnerOrganisationIds().stream()
			.map(p -> new ApplicationDetails.Organisation(p, organisations.nameOf(p)))
			.sorted(Comparator.comparing(ApplicationDetails.Organisation::name))
			.toList();
		var files = attachments.findByApplicationIdOrderByUploadedAt(a.id()).stream()
			.map(f -> new ApplicationDetails.AttachmentInfo(f.id(), f.fileName(), f.contentType(), f.sizeBytes(),
					f.uploadedAt(), f.uploadedBy()))
			.toList();
		ApplicationContent content = a.content();
		boolean editable = me.is(Role.APPLICANT) && a.leadOrganisationId().equals(me.organisationId())
				&& a.status().editable();
		return new ApplicationDetails(a.id(), a.version(), call, a.leadOrganisationId(), organisations.nameOf(a.leadOrganisationId()),
				partners, a.title(), a.contactName(), a.contactEmail(), a.contactPhone(), content.texts(),
				content.priorityAreas(), content.budgetLines(), a.requestedAmount(), a.startDate(), a.endDate(),
				a.destination(), a.participantCount(), a.participantRoles(), a.notCourseOrConference(), a.status(),
				a.registrationNumber(), a.submittedAt(), a.returnedMessage(), a.returnedAt(), List.copyOf(a.warnings()),
				files, a.createdAt(), a.updatedAt(), a.demoNote(), editable, me.isOfficer(), content);
	}

	/**
	 * Writes the change now, so that a save that raced another one on the same version (both read it, the other
	 * wrote first) is refused here with who saved, instead of failing at commit.
	 */
	private void flush(Application application) {
		try {
			applications.saveAndFlush(application);
		}
		catch (OptimisticLockingFailureException e) {
			throw audit.staleVersion(AUDIT_TYPE, application.id(), storedVersion(application.id()));
		}
	}

	/** Read past the session, whose copy is the stale one and whose failed flush must not run again. */
	private long storedVersion(UUID id) {
		return jdbc.sql("select version from application where id = ?").param(id).query(Long.class).single();
	}

	static NotFoundException notFound() {
		return new NotFoundException("application");
	}
}
