package se.fuel.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.fuel.audit.AuditTrail;
import se.fuel.knowledge.EvidenceStatus;
import se.fuel.knowledge.MethodInput;
import se.fuel.knowledge.MethodTrial;
import se.fuel.knowledge.MethodType;
import se.fuel.system.FuelProperties;

/**
 * The methods the demo data names (the 2002–2003 projects and the 2017 projects), described with what the demo data
 * says of them and linked to the knowledge items (and so the grants) of the projects that tried them. Evidence is only
 * what the demo data reports: a local follow-up is not an effect study, and nothing studied is "inga studier".
 */
@Component
@Order(85)
class DemoMethods implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMethods.class);

	private final FuelProperties properties;

	private final MethodRepository methods;

	private final KnowledgeItemRepository items;

	private final AuditTrail audit;

	private final Clock clock;

	DemoMethods(FuelProperties properties, MethodRepository methods, KnowledgeItemRepository items, AuditTrail audit,
			Clock clock) {
		this.clock = clock;
		this.properties = properties;
		this.methods = methods;
		this.items = items;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demoMode()) {
			return;
		}
		List<KnowledgeItem> all = items.findAll();
		int added = 0;
		for (MethodInput input : DemoMethodTexts.methods()) {
			if (methods.findByNameIgnoreCase(input.name()).isPresent()) {
				continue;
			}
			List<MethodTrial> trials = input.trials().stream().map(t -> linked(t, all)).toList();
			MethodInput withLinks = new MethodInput(input.name(), input.type(), input.targetGroup(), input.purpose(),
					input.howItIsDone(), input.training(), input.evidenceStatus(), input.evidenceSource(),
					input.evidenceNote(), trials, input.adopters());
			Method method = methods.save(new Method(withLinks, Instant.now(clock)));
			audit.record(MethodService.AUDIT_TYPE, method.id(), "created", null, method.snapshot());
			added++;
		}
		if (added > 0) {
			log.info("Demo: {} methods in the methods catalogue", added);
		}
	}

	/** The project linked to the knowledge item of the same title (and year, when given), if there is one. */
	private static MethodTrial linked(MethodTrial trial, List<KnowledgeItem> all) {
		return all.stream()
			.filter(i -> i.title().equalsIgnoreCase(trial.title()))
			.filter(i -> trial.year() == null || Objects.equals(i.year(), trial.year()))
			.findFirst()
			.map(i -> new MethodTrial(trial.title(), trial.year() != null ? trial.year() : i.year(), i.id(),
					i.grantId()))
			.orElse(trial);
	}

	static MethodInput method(String name, MethodType type, String targetGroup, String purpose, String how,
			String training, EvidenceStatus status, String note, List<MethodTrial> trials, List<String> adopters) {
		return new MethodInput(name, type, targetGroup, purpose, how, training, status, null, note, trials, adopters);
	}

	static MethodTrial tried(String title, Integer year) {
		return new MethodTrial(title, year, null, null);
	}
}
