package se.fuel.organisations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.common.NotFoundException;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Text;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;

@Service
@Transactional(readOnly = true)
class OrganisationDirectory implements Organisations {

	private final OrganisationRepository repository;

	private final MessageSource messages;

	OrganisationDirectory(OrganisationRepository repository, MessageSource messages) {
		this.repository = repository;
		this.messages = messages;
	}

	@Override
	public Optional<OrganisationSummary> find(UUID id) {
		return id == null ? Optional.empty() : repository.findById(id).map(Organisation::summary);
	}

	@Override
	public String nameOf(UUID id) {
		if (id == null) {
			return "";
		}
		Locale reader = LocaleContextHolder.getLocaleContext() == null ? SwedishFormat.SWEDISH
				: LocaleContextHolder.getLocale();
		return find(id).map(OrganisationSummary::name)
			.orElseGet(() -> messages.getMessage(Text.of("organisations.unknown"), reader));
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
