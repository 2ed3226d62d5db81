package se.fuel.knowledge.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.knowledge.KnowledgeArea;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.rules.WellFormedItemInput;
import se.fuel.organisations.Organisations;

/** Gathers what {@link WellFormedItemInput} needs to know (the areas offered, the city's organisations) and runs it. */
@Component
class KnowledgeInputRules {

	private final WellFormedItemInput rule = new WellFormedItemInput();

	private final KnowledgeViews views;

	private final Organisations organisations;

	KnowledgeInputRules(KnowledgeViews views, Organisations organisations) {
		this.views = views;
		this.organisations = organisations;
	}

	/** The input as it will be saved, or a {@link ViolationException} naming every broken rule. */
	KnowledgeItemInput clean(KnowledgeItemInput input) {
		return clean(input, List.of());
	}

	/** As {@link #clean(KnowledgeItemInput)} for an item that already has {@code keptAreas}, which it may keep. */
	KnowledgeItemInput clean(KnowledgeItemInput input, Collection<String> keptAreas) {
		Set<String> known = views.areas().stream().map(KnowledgeArea::code).collect(Collectors.toCollection(HashSet::new));
		known.addAll(keptAreas);
		List<UUID> orgs = input.organisationIds() == null ? List.of() : input.organisationIds();
		Set<UUID> unknown = orgs.stream()
			.filter(id -> id != null && organisations.find(id).isEmpty())
			.collect(Collectors.toSet());
		List<Violation> violations = rule.check(new WellFormedItemInput.Candidate(input, known, unknown));
		if (!violations.isEmpty()) {
			throw new ViolationException(violations);
		}
		String title = input.title().strip();
		List<String> areas = input.areaCodes() == null ? List.of() : input.areaCodes();
		return new KnowledgeItemInput(input.kind(), title, input.summary(), input.body(), input.year(),
				input.grantId(), orgs, input.programmeCode(), areas, input.targetGroups(), input.methods(),
				input.implementationStatus(), input.outcome(), input.contact());
	}
}
