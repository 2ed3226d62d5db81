package se.fuel.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.grants.ApprovedReport;
import se.fuel.grants.ApprovedReports;
import se.fuel.system.FuelProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every grant with an approved report (of 2002–2003, 2017 and 2024) as a published
 * item built from the grant and its report; grants never reported are not in the knowledge bank. The areas of the
 * 2017 and 2024 items are guessed from their texts ({@code AreaGuess}).
 */
@Component
@Order(80)
class DemoKnowledgeItems implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoKnowledgeItems.class);

	static final String PUBLISHER = "handlaggare";

	private final FuelProperties properties;

	private final ApprovedReports approvedReports;

	private final KnowledgeItemRepository items;

	private final KnowledgeItemVersionRepository versions;

	private final ReportApprovedDrafts drafts;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	DemoKnowledgeItems(FuelProperties properties, ApprovedReports approvedReports, KnowledgeItemRepository items,
			KnowledgeItemVersionRepository versions, ReportApprovedDrafts drafts, AuditTrail audit, JsonMapper json,
			Clock clock) {
		this.clock = clock;
		this.properties = properties;
		this.approvedReports = approvedReports;
		this.items = items;
		this.versions = versions;
		this.drafts = drafts;
		this.audit = audit;
		this.json = json;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demoMode()) {
			return;
		}
		int published = 0;
		for (ApprovedReport approved : approvedReports.all()) {
			// Any item of the grant counts: a project plan published before the report was approved holds that
			// report as its waiting draft (ReportApprovedDrafts), and a second item would break the next start.
			if (drafts.hasItem(approved.grant().id())) {
				continue;
			}
			KnowledgeItem item = drafts.draft(approved);
			Instant at = approved.report().decidedAt() != null ? approved.report().decidedAt() : Instant.now(clock);
			int number = item.publish(at);
			versions.save(new KnowledgeItemVersion(item.id(), number, json.writeValueAsString(item.snapshot()), at,
					PUBLISHER));
			audit.record(KnowledgeService.AUDIT_TYPE, item.id(), "published", null,
					Map.of("status", item.status().name(), "version", number));
			published++;
		}
		if (published > 0) {
			log.info("Demo: {} knowledge items published from approved reports", published);
		}
	}
}
