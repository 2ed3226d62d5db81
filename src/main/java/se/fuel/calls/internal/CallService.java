package se.fuel.calls.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditPage;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.CallView;
import se.fuel.calls.CallAdministration;
import se.fuel.calls.Calls;
import se.fuel.calls.VersionedCall;
import se.fuel.calls.CallInput;
import se.fuel.calls.rules.CallRules;
import se.fuel.common.NotFoundException;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;

/**
 * Calls for everyone who may see them, and their creation, change and publishing by fund officers. The {@link Calls}
 * reads take no role: other modules check their own caller.
 */
@Service
@Transactional(readOnly = true)
class CallService implements Calls, CallAdministration {

	static final String AUDIT_TYPE = "Call";

	/** Newest year first, then programme code, then the title, so that lists read the same everywhere. */
	static final Comparator<CallView> NEWEST_FIRST = Comparator.comparingInt(CallView::year).reversed()
		.thenComparing(CallView::programmeCode).thenComparing(CallView::opensAt).thenComparing(CallView::title);

	private final FundingCallRepository calls;

	private final ProgrammeRepository programmes;

	private final Identity identity;

	private final AuditTrail auditTrail;

	private final JdbcClient jdbc;

	CallService(FundingCallRepository calls, ProgrammeRepository programmes, Identity identity, AuditTrail auditTrail,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.calls = calls;
		this.programmes = programmes;
		this.identity = identity;
		this.auditTrail = auditTrail;
	}

	@Override
	public Optional<CallView> find(UUID callId) {
		return callId == null ? Optional.empty() : calls.findById(callId).map(FundingCall::view);
	}

	@Override
	public List<CallView> openAt(Instant now) {
		return all().stream().filter(c -> c.openAt(now)).toList();
	}

	@Override
	public List<CallView> inCapGroup(int year, String capGroup) {
		if (capGroup == null || capGroup.isBlank()) {
			return List.of();
		}
		return calls.findByYearAndCapGroup(year, capGroup).stream().map(FundingCall::view).sorted(NEWEST_FIRST)
			.toList();
	}

	@Override
	public List<CallView> all() {
		return calls.findAll().stream().map(FundingCall::view).sorted(NEWEST_FIRST).toList();
	}

	/** The calls the signed-in user may see: published ones for everyone, drafts too for officers. */
	@Override
	public List<CallView> visible() {
		CurrentUser me = identity.current();
		return all().stream().filter(c -> c.published() || me.isOfficer()).toList();
	}

	/** One call, or 404 when it does not exist or is an unpublished draft and the user is no officer. */
	@Override
	public CallView visible(UUID id) {
		CurrentUser me = identity.current();
		return find(id).filter(c -> c.published() || me.isOfficer())
			.orElseThrow(() -> new NotFoundException("call " + id));
	}

	/** {@link #visible(UUID)} with the version read, which a save hands back to be refused if it is not current. */
	@Override
	public VersionedCall visibleVersioned(UUID id) {
		CallView call = visible(id);
		return new VersionedCall(call, calls.findById(id).orElseThrow().getVersion());
	}

	/** The call's history, for officers. */
	@Override
	public AuditPage history(UUID id) {
		identity.require(Role.OFFICER, Role.ADMIN);
		return auditTrail.page(AUDIT_TYPE, id, 1);
	}

	/** Refuses (403) anyone but fund officers, before they are shown a call form. */
	@Override
	public void requireOfficer() {
		identity.require(Role.OFFICER, Role.ADMIN);
	}

	/** Rule violations of the input, without saving; for forms that also report their own parse errors. */
	@Override
	public List<Violation> check(CallInput input) {
		identity.require(Role.OFFICER, Role.ADMIN);
		var found = new ArrayList<>(CallRules.check(input));
		if (input.programmeCode() != null && !input.programmeCode().isBlank()
				&& programmes.findByCodeIgnoreCase(input.programmeCode().strip()).isEmpty()) {
			found.add(Violation.of("programmeCode", "known-programme", "calls.rule.knownProgramme",
					input.programmeCode().strip()));
		}
		return found;
	}

	@Transactional
	@Override
	public CallView create(CallInput input) {
		identity.require(Role.OFFICER, Role.ADMIN);
		Programme programme = validProgramme(input);
		var call = calls.save(new FundingCall(programme, input));
		CallView after = call.view();
		auditTrail.record(AUDIT_TYPE, call.getId(), "created", null, after);
		if (after.published()) {
			auditTrail.record(AUDIT_TYPE, call.getId(), "published", null, after);
		}
		return after;
	}

	/**
	 * Changes a call.
	 * @param openedVersion the version the officer's copy was read at; another stored one refuses the save
	 *     ({@code null}: no check)
	 */
	@Transactional
	@Override
	public VersionedCall update(UUID id, CallInput input, Long openedVersion) {
		identity.require(Role.OFFICER, Role.ADMIN);
		var call = calls.findById(id).orElseThrow(() -> new NotFoundException("call " + id));
		auditTrail.requireUnchanged(AUDIT_TYPE, id, openedVersion, call.getVersion());
		Programme programme = validProgramme(input);
		CallView before = call.view();
		call.apply(programme, input);
		try {
			calls.flush();
		}
		catch (OptimisticLockingFailureException e) {
			// Another save of the same version was written first; read past the session, whose copy is stale.
			throw auditTrail.staleVersion(AUDIT_TYPE, id, jdbc.sql("select version from funding_call where id = ?")
				.param(id).query(Long.class).single());
		}
		CallView after = call.view();
		auditTrail.record(AUDIT_TYPE, id, "updated", before, after);
		if (before.published() != after.published()) {
			auditTrail.record(AUDIT_TYPE, id, after.published() ? "published" : "unpublished", before, after);
		}
		return new VersionedCall(after, call.getVersion());
	}

	@Transactional
	@Override
	public CallView publish(UUID id, boolean published) {
		identity.require(Role.OFFICER, Role.ADMIN);
		var call = calls.findById(id).orElseThrow(() -> new NotFoundException("call " + id));
		CallView before = call.view();
		if (before.published() == published) {
			return before;
		}
		call.setPublished(published);
		CallView after = call.view();
		auditTrail.record(AUDIT_TYPE, id, published ? "published" : "unpublished", before, after);
		return after;
	}

	private Programme validProgramme(CallInput input) {
		var violations = check(input);
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		return programmes.findByCodeIgnoreCase(input.programmeCode().strip()).orElseThrow();
	}
}
