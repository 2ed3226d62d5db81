package se.fuel.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.grants.ApprovedReports;
import se.fuel.grants.GrantView;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.MethodInput;
import se.fuel.knowledge.MethodTrial;
import se.fuel.system.FuelProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the demo's knowledge bank whole after the reports and the methods are in: every demo project (the 32 of
 * 2002–2003, the 13 of 2017, the 2024 grants) is a published item, those without an approved
 * report (the three of 2002–2003 that never reported, Farsta's "Digital Lots för samsjukliga" still under way) by
 * their project plan; and every method of the catalogue is linked both ways with the projects that tried it, so the
 * items carry the method's name (for "Samma metod" and the method facet). Idempotent: what is there is left alone.
 */
@Component
@Order(86)
class DemoKnowledgeCompletion implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoKnowledgeCompletion.class);

	/** The year of the 2024 grants, the only decided round of the demo data. */
	static final int DEMO_ROUND = 2024;

	private final FuelProperties properties;

	private final ApprovedReports approvedReports;

	private final KnowledgeItemRepository items;

	private final KnowledgeItemVersionRepository versions;

	private final MethodRepository methods;

	private final KnowledgeInputRules rules;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	DemoKnowledgeCompletion(FuelProperties properties, ApprovedReports approvedReports, KnowledgeItemRepository items,
			KnowledgeItemVersionRepository versions, MethodRepository methods, KnowledgeInputRules rules,
			AuditTrail audit, JsonMapper json, Clock clock) {
		this.clock = clock;
		this.properties = properties;
		this.approvedReports = approvedReports;
		this.items = items;
		this.versions = versions;
		this.methods = methods;
		this.rules = rules;
		this.audit = audit;
		this.json = json;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demoMode()) {
			return;
		}
		int plans = 0;
		for (GrantView grant : approvedReports.withoutApprovedReport()) {
			if ((grant.historical() || grant.year() == DEMO_ROUND) && !items.existsByGrantId(grant.id())) {
				publish(items.save(new KnowledgeItem(rules.clean(DemoProjectPlans.plan(grant)), Instant.now(clock))));
				plans++;
			}
		}
		int links = linkMethods();
		if (plans + links > 0) {
			log.info("Demo: {} project plans published, {} method links made in the knowledge bank", plans, links);
		}
	}

	private void publish(KnowledgeItem item) {
		audit.record(KnowledgeService.AUDIT_TYPE, item.id(), "created", null, item.snapshot());
		Instant at = Instant.now(clock);
		int number = item.publish(at);
		versions.save(new KnowledgeItemVersion(item.id(), number, json.writeValueAsString(item.snapshot()), at,
				DemoKnowledgeItems.PUBLISHER));
		audit.record(KnowledgeService.AUDIT_TYPE, item.id(), "published", null,
				Map.of("status", item.status().name(), "version", number));
	}

	/**
	 * Links each trial to the project's items by title (and year): the trial to its report, or to its plan when
	 * there is no report; and puts the method's name on every item of the project.
	 */
	private int linkMethods() {
		List<KnowledgeItem> all = items.findAll();
		int links = 0;
		for (Method method : methods.findAllByOrderByNameAsc()) {
			List<MethodTrial> trials = new ArrayList<>();
			boolean changed = false;
			for (MethodTrial trial : method.trials()) {
				List<KnowledgeItem> project = all.stream()
					.filter(i -> trial.itemId() != null ? i.id().equals(trial.itemId())
							|| (i.grantId() != null && i.grantId().equals(trial.grantId()))
							: i.title().equalsIgnoreCase(trial.title())
									&& (trial.year() == null || Objects.equals(i.year(), trial.year())))
					.toList();
				MethodTrial linked = trial;
				if (trial.itemId() == null && !project.isEmpty()) {
					KnowledgeItem shown = project.stream().filter(i -> i.kind() != KnowledgeKind.PROJECT_PLAN)
						.findFirst().orElse(project.get(0));
					linked = new MethodTrial(trial.title(), trial.year() != null ? trial.year() : shown.year(),
							shown.id(), shown.grantId());
					changed = true;
					links++;
				}
				trials.add(linked);
				for (KnowledgeItem item : project) {
					if (item.methods().stream().noneMatch(m -> m.equalsIgnoreCase(method.name()))) {
						withMethod(item, method.name());
						links++;
					}
				}
			}
			if (changed) {
				var before = method.snapshot();
				method.change(new MethodInput(method.name(), method.type(), method.targetGroup(), method.purpose(),
						method.howItIsDone(), method.training(), method.evidenceStatus(), method.evidenceSource(),
						method.evidenceNote(), trials, method.adopters()), Instant.now(clock));
				audit.record(MethodService.AUDIT_TYPE, method.id(), "updated", before, method.snapshot());
			}
		}
		return links;
	}

	private void withMethod(KnowledgeItem item, String methodName) {
		var before = item.snapshot();
		List<String> named = new ArrayList<>(item.methods());
		named.add(methodName);
		KnowledgeItemInput input = new KnowledgeItemInput(item.kind(), item.title(), item.summary(), item.body(),
				item.year(), item.grantId(), item.organisationIds(), item.programmeCode(), item.areaCodes(),
				item.targetGroups(), named, item.implementationStatus(), item.outcome(), item.contact());
		item.change(input, Instant.now(clock));
		audit.record(KnowledgeService.AUDIT_TYPE, item.id(), "updated", before, item.snapshot());
	}
}
