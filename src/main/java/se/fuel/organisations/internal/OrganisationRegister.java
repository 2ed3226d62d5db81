package se.fuel.organisations.internal;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.common.NotFoundException;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.organisations.OrganisationDetails;
import se.fuel.organisations.OrganisationInput;
import se.fuel.organisations.OrganisationManagement;
import se.fuel.organisations.OrganisationRow;
import se.fuel.organisations.OrganisationSummary;

/** The register of organisations as officers keep it; the rules are {@link OrganisationRules}. */
@Service
@Transactional
class OrganisationRegister implements OrganisationManagement {

	static final String AUDIT_TYPE = "Organisation";

	private final OrganisationRepository repository;

	private final AuditTrail auditTrail;

	private final OrganisationRules rules = new OrganisationRules();

	private final Clock clock;

	OrganisationRegister(OrganisationRepository repository, AuditTrail auditTrail, Clock clock) {
		this.clock = clock;
		this.repository = repository;
		this.auditTrail = auditTrail;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrganisationSummary> all() {
		Callers.requireSignedIn();
		return sorted(repository.findAll()).stream().map(Organisation::summary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Versioned one(UUID id) {
		Callers.requireSignedIn();
		return versioned(load(id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrganisationRow> overview(Filter filter) {
		Callers.requireOfficer();
		var all = sorted(repository.findAll());
		var byId = index(all);
		return all.stream()
			.map(o -> row(o.summary(), byId))
			.filter(r -> switch (filter) {
				case ALL -> true;
				case ACTIVE -> r.status() != OrganisationRow.Status.ENDED;
				case HISTORICAL -> r.status() == OrganisationRow.Status.ENDED;
			})
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public void requireDetailsReadable(UUID id) {
		Callers.requireOfficer();
		load(id);
	}

	@Override
	@Transactional(readOnly = true)
	public OrganisationDetails details(UUID id) {
		Callers.requireOfficer();
		var all = repository.findAll();
		var byId = index(all);
		var self = byId.get(id);
		if (self == null) {
			throw new NotFoundException("organisation " + id);
		}
		var units = sorted(all.stream().filter(o -> id.equals(o.getParentId())).toList()).stream()
			.map(o -> row(o.summary(), byId)).toList();
		var parent = self.getParentId() == null ? null : byId.get(self.getParentId());
		return new OrganisationDetails(row(self.summary(), byId), self.getNote(),
				parent == null ? null : parent.summary(), units, predecessors(id, all, byId),
				successors(self, byId), auditTrail.page(AUDIT_TYPE, id, 1));
	}

	@Override
	@Transactional(readOnly = true)
	public Editable forEditing(UUID id) {
		Callers.requireOfficer();
		var o = load(id);
		return new Editable(new OrganisationInput(o.getCode(), o.getName(), o.getKind(), o.getParentId(),
				o.getValidFrom(), o.getValidTo(), o.getSuccessorId(), o.getSuccession(), o.getNote()), o.getVersion());
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrganisationSummary> choices() {
		Callers.requireOfficer();
		return sorted(repository.findAll()).stream().map(Organisation::summary).toList();
	}

	@Override
	public Versioned create(OrganisationInput input) {
		return create(input, List.of());
	}

	@Override
	public Versioned create(OrganisationInput input, List<Violation> earlier) {
		Callers.requireOfficer();
		var organisation = new Organisation(input.code(), input.name(), input.kind());
		check(organisation.getId(), input, earlier);
		organisation.apply(input);
		repository.save(organisation);
		auditTrail.record(AUDIT_TYPE, organisation.getId(), "created", null, organisation.snapshot());
		return versioned(organisation);
	}

	@Override
	public Versioned update(UUID id, OrganisationInput input, List<Violation> earlier, Long openedVersion) {
		Callers.requireOfficer();
		var organisation = load(id);
		long readVersion = organisation.getVersion();
		auditTrail.requireUnchanged(AUDIT_TYPE, id, openedVersion, readVersion);
		check(id, input, earlier);
		var before = organisation.snapshot();
		organisation.apply(input);
		try {
			repository.flush();
		}
		catch (OptimisticLockingFailureException e) {
			// Another save of the version read here committed first; it is at least one version further.
			throw auditTrail.staleVersion(AUDIT_TYPE, id, readVersion + 1);
		}
		auditTrail.record(AUDIT_TYPE, id, "updated", before, organisation.snapshot());
		return versioned(organisation);
	}

	private static Versioned versioned(Organisation organisation) {
		return new Versioned(organisation.summary(), organisation.getVersion());
	}

	private void check(UUID self, OrganisationInput input, List<Violation> earlier) {
		var violations = new ArrayList<>(earlier);
		var earlierFields = earlier.stream().map(Violation::field).collect(Collectors.toSet());
		rules.check(self, input, repository.findAll()).stream()
			.filter(v -> !earlierFields.contains(v.field()))
			.forEach(violations::add);
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
	}

	private Organisation load(UUID id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("organisation " + id));
	}

	private OrganisationRow row(OrganisationSummary o, Map<UUID, Organisation> byId) {
		var parent = o.parentId() == null ? null : byId.get(o.parentId());
		var successor = o.successorId() == null ? null : byId.get(o.successorId());
		LocalDate successionDate = successor == null ? null
				: o.validTo() != null ? o.validTo().plusDays(1) : successor.getValidFrom();
		return new OrganisationRow(o, parent == null ? null : parent.getName(),
				successor == null ? null : successor.getName(), successionDate,
				OrganisationRow.statusOn(o, LocalDate.now(clock)));
	}

	private List<OrganisationRow> predecessors(UUID id, List<Organisation> all, Map<UUID, Organisation> byId) {
		var result = new ArrayList<OrganisationRow>();
		var seen = new HashSet<UUID>(List.of(id));
		var queue = new ArrayDeque<UUID>(List.of(id));
		while (!queue.isEmpty()) {
			UUID current = queue.poll();
			sorted(all.stream().filter(o -> current.equals(o.getSuccessorId()) && seen.add(o.getId())).toList())
				.forEach(o -> {
					result.add(row(o.summary(), byId));
					queue.add(o.getId());
				});
		}
		return result;
	}

	private List<OrganisationRow> successors(Organisation self, Map<UUID, Organisation> byId) {
		var result = new ArrayList<OrganisationRow>();
		var seen = new HashSet<UUID>(List.of(self.getId()));
		for (var next = byId.get(self.getSuccessorId()); next != null && seen.add(next.getId());
				next = byId.get(next.getSuccessorId())) {
			result.add(row(next.summary(), byId));
		}
		return result;
	}

	private static Map<UUID, Organisation> index(List<Organisation> all) {
		return all.stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
	}

	private static List<Organisation> sorted(List<Organisation> organisations) {
		var collator = Collator.getInstance(SwedishFormat.SWEDISH);
		return organisations.stream().sorted(Comparator.comparing(Organisation::getName, collator)).toList();
	}
}
