package se.fuel.assessment.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.applications.ApplicationSubmitted;
import se.fuel.applications.SubmittedApplication;
import se.fuel.applications.SubmittedApplications;
import se.fuel.assessment.CouncilWithdrawals;
import se.fuel.assessment.rules.NoConflictOfInterest;
import se.fuel.audit.AuditTrail;
import se.fuel.common.SwedishFormat;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.identity.UserOrganisationChanged;
import se.fuel.organisations.Organisations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jäv that arises after a member was assigned: an application sent in again with the member's organisation as lead or
 * partner, or a member moved to an organisation that applies. The assignment is withdrawn in the change's own
 * transaction, so it leaves the member's "Mina granskningar" at once and the officer can assign someone else; the
 * council's history on the assessment page keeps the withdrawal, the reason and any scores given.
 */
@Component
class ConflictedAssignmentWithdrawal implements CouncilWithdrawals {

	static final String ACTION = "withdrawn-conflict";

	private final CouncilAssignmentRepository assignments;

	private final SubmittedApplications applications;

	private final Identity identity;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final MessageSource messages;

	ConflictedAssignmentWithdrawal(CouncilAssignmentRepository assignments, SubmittedApplications applications,
			Identity identity, Organisations organisations, AuditTrail audit, JsonMapper json,
			MessageSource messages) {
		this.json = json;
		this.messages = messages;
		this.assignments = assignments;
		this.applications = applications;
		this.identity = identity;
		this.organisations = organisations;
		this.audit = audit;
	}

	/** Every submission, first or after completion: the lead and partners may differ from those assigned against. */
	@EventListener
	@Transactional
	void on(ApplicationSubmitted event) {
		applications.find(event.applicationId()).ifPresent(app -> {
			Set<UUID> partners = applications.partnersOf(app.id());
			for (CouncilAssignment a : assignments.findByApplicationIdOrderByMemberName(app.id())) {
				identity.user(a.memberId()).ifPresent(member -> withdrawIfConflicted(a, app, partners,
						member.organisationId()));
			}
		});
	}

	/**
	 * A member in another organisation: only reviews still open are withdrawn, since a decided application's record
	 * stays as it was when it was decided.
	 */
	@EventListener
	@Transactional
	void on(UserOrganisationChanged event) {
		for (CouncilAssignment a : assignments.findByMemberIdOrderByAssignedAt(event.userId())) {
			applications.find(a.applicationId())
				.filter(SubmittedApplication::submitted)
				.ifPresent(app -> withdrawIfConflicted(a, app, applications.partnersOf(app.id()),
						event.organisationId()));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<Withdrawal> of(UUID applicationId) {
		identity.require(Role.OFFICER, Role.ADMIN);
		return audit.history(CouncilService.AUDIT_TYPE, applicationId).stream()
			.filter(e -> ACTION.equals(e.action()) && e.after() != null)
			.map(e -> {
				JsonNode note = json.readTree(e.after());
				return new Withdrawal(e.occurredAt(), note.path("member").asString(), note.path("reason").asString());
			})
			.toList();
	}

	private void withdrawIfConflicted(CouncilAssignment a, SubmittedApplication app, Set<UUID> partners,
			UUID memberOrganisationId) {
		reason(app, partners, memberOrganisationId).ifPresent(reason -> {
			var before = a.snapshot();
			assignments.delete(a);
			assignments.flush();
			var note = new LinkedHashMap<String, Object>();
			note.put("member", a.memberName());
			note.put("reason", reason);
			audit.record(CouncilService.AUDIT_TYPE, app.id(), ACTION, before, note);
		});
	}

	/**
	 * Why the member has jäv now, in the words of the note, or empty when they have none. The note is a record, kept
	 * in Swedish like the audit trail's other entries.
	 */
	private Optional<String> reason(SubmittedApplication app, Set<UUID> partners,
			UUID memberOrganisationId) {
		if (!NoConflictOfInterest.conflicted(memberOrganisationId, app.leadOrganisationId(), partners)) {
			return Optional.empty();
		}
		String organisation = organisations.nameOf(memberOrganisationId);
		String key = memberOrganisationId.equals(app.leadOrganisationId()) ? "assessment.council.withdrawn.lead"
				: "assessment.council.withdrawn.partner";
		return Optional.of(messages.getMessage(key, new Object[] { organisation }, SwedishFormat.SWEDISH));
	}
}
