package se.fuel.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.fuel.DemoDataTest;
import se.fuel.grants.GrantView;
import se.fuel.knowledge.KnowledgeFixtures;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeKind;

/**
 * Issue 13: a demo instance makes an item of every approved report on each start ({@link DemoKnowledgeItems}, which
 * does nothing without demo data, hence the demo context); a grant whose published plan took the approved report as
 * its waiting draft must not get a second item.
 */
@DemoDataTest
class DemoStartKeepsOneItemPerGrantIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_demo_start_after_such_an_approval_adds_no_second_item() throws Exception {
		var knowledge = new KnowledgeFixtures(context);
		GrantView grant = knowledge.reportedGrant("Lots för unga vuxna " + UUID.randomUUID(), 0).grant();
		UUID plan = knowledge.published(new KnowledgeItemInput(KnowledgeKind.PROJECT_PLAN, grant.title(),
				"Vad projektet ska göra.", null, grant.year(), grant.id(), List.of(), null, List.of("missbruk"), List.of(),
				List.of(), null, null, null));
		knowledge.approve(grant, "Godkänd.");
		assertThat(itemsOf(grant)).containsExactly(plan);

		ApplicationRunner demoItems = context.getBeansOfType(ApplicationRunner.class).values().stream()
			.filter(r -> AopUtils.getTargetClass(r) == DemoKnowledgeItems.class)
			.findFirst()
			.orElseThrow();
		demoItems.run(new DefaultApplicationArguments());

		assertThat(itemsOf(grant)).containsExactly(plan);
	}

	private List<UUID> itemsOf(GrantView grant) {
		return jdbc.sql("select id from knowledge_item where grant_id = ?").param(grant.id()).query(UUID.class).list();
	}
}
