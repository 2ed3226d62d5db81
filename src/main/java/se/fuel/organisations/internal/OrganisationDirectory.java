package se.fuel.organisations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.common.NotFoundException;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;

@Service
@Transactional(readOnly = true)
class OrganisationDirectory implements Organisations {

	private final OrganisationRepository repository;

	OrganisationDirectory(OrganisationRepository repository) {
		this.repository = repository;
	}

	@Override
	public Optional<OrganisationSummary> find(UUID id) {
		return id == null ? Optional.empty() : repository.findById(id).map(Organisation::summary);
	}

	@Override
	public Optional<OrganisationSummary> findByCode(String code) {
		return repository.findByCode(code).map(Organisation::summary);
	}

	@Override
	public List<OrganisationSummary> all() {
		return repository.findAllByOrderByName().stream().map(Organisation::summary).toList();
	}

	@Override
	public List<OrganisationSummary> activeOn(LocalDate date) {
		return all().stream().filter(o -> o.activeOn(date)).toList();
	}

	@Override
	public OrganisationSummary today(UUID id) {
		var current = find(id).orElseThrow(() -> new NotFoundException("organisation " + id));
		var seen = new HashSet<UUID>();
		while (current.successorId() != null && seen.add(current.id())) {
			current = find(current.successorId()).orElse(current);
		}
		return current;
	}

	@Override
	public List<OrganisationSummary> lineage(UUID id) {
		var self = find(id).orElseThrow(() -> new NotFoundException("organisation " + id));
		var all = all();
		var result = new ArrayList<OrganisationSummary>(List.of(self));
		var seen = new HashSet<UUID>(List.of(id));
		for (int i = 0; i < result.size(); i++) {
			UUID current = result.get(i).id();
			all.stream().filter(o -> current.equals(o.successorId()) && seen.add(o.id())).forEach(result::add);
		}
		return result;
	}
}
