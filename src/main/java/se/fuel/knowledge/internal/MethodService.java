package se.fuel.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.knowledge.MethodCatalogue;
import se.fuel.knowledge.MethodInput;
import se.fuel.knowledge.MethodTrial;
import se.fuel.knowledge.MethodView;
import se.fuel.knowledge.rules.MethodIsComplete;

/** The methods catalogue: reads for everyone signed in, audited changes by officers and administrators. */
@Service
class MethodService implements MethodCatalogue {

	static final String AUDIT_TYPE = "KnowledgeMethod";

	private final MethodRepository methods;

	private final Identity identity;

	private final AuditTrail audit;

	private final Clock clock;

	MethodService(MethodRepository methods, Identity identity, AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.methods = methods;
		this.identity = identity;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<MethodView> methods() {
		identity.require(Role.values());
		return methods.findAllByOrderByNameAsc().stream().map(MethodService::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public MethodView method(UUID id) {
		identity.require(Role.values());
		return view(find(id));
	}

	@Override
	@Transactional
	public MethodView create(MethodInput input) {
		identity.require(Role.OFFICER, Role.ADMIN);
		MethodInput clean = checked(input, null);
		Method method = methods.save(new Method(clean, Instant.now(clock)));
		// Written now so that the answer carries the version stored: the insert of its lists counts as a change too.
		methods.flush();
		audit.record(AUDIT_TYPE, method.id(), "created", null, method.snapshot());
		return view(method);
	}

	@Override
	@Transactional
	public MethodView update(UUID id, MethodInput input, Long openedVersion) {
		identity.require(Role.OFFICER, Role.ADMIN);
		Method method = find(id);
		long readVersion = method.version();
		audit.requireUnchanged(AUDIT_TYPE, id, openedVersion, readVersion);
		MethodInput clean = checked(input, id);
		var before = method.snapshot();
		method.change(clean, Instant.now(clock));
		try {
			methods.flush();
		}
		catch (OptimisticLockingFailureException e) {
			// Another save of the version read here committed first; it is at least one version further.
			throw audit.staleVersion(AUDIT_TYPE, id, readVersion + 1);
		}
		audit.record(AUDIT_TYPE, id, "updated", before, method.snapshot());
		return view(method);
	}

	private Method find(UUID id) {
		return methods.findById(id).orElseThrow(() -> new NotFoundException("method " + id));
	}

	private MethodInput checked(MethodInput input, UUID self) {
		MethodInput clean = new MethodInput(strip(input.name()), input.type(), strip(input.targetGroup()),
				strip(input.purpose()), strip(input.howItIsDone()), strip(input.training()), input.evidenceStatus(),
				strip(input.evidenceSource()), strip(input.evidenceNote()),
				input.trials() == null ? List.of()
						: input.trials().stream().filter(t -> t != null && t.title() != null && !t.title().isBlank())
							.map(t -> new MethodTrial(t.title().strip(), t.year(), t.itemId(), t.grantId()))
							.toList(),
				input.adopters() == null ? List.of()
						: input.adopters().stream().map(MethodService::strip).filter(Objects::nonNull).toList());
		List<Violation> violations = new ArrayList<>(new MethodIsComplete().check(clean));
		if (clean.name() != null && methods.findByNameIgnoreCase(clean.name())
			.filter(other -> !other.id().equals(self))
			.isPresent()) {
			violations.add(Violation.of("name", "unique", "knowledge.methods.rule.nameUnique"));
		}
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		return clean;
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static MethodView view(Method m) {
		return new MethodView(m.id(), m.name(), m.type(), m.targetGroup(), m.purpose(), m.howItIsDone(), m.training(),
				m.evidenceStatus(), m.evidenceSource(), m.evidenceNote(), m.trials(), m.adopters(), m.updatedAt(),
				m.version());
	}
}
