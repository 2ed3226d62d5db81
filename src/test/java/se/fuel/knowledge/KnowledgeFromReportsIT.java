package se.fuel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.fuel.FuelIntegrationTest;
import se.fuel.grants.GrantView;
import se.fuel.grants.ReportApproved;
import se.fuel.testdata.TestData;

/** An approved report becomes a draft of its grant, once. (The demo's reported grants: DemoKnowledgeCompletenessIT.) */
@FuelIntegrationTest
class KnowledgeFromReportsIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	KnowledgeBank bank;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void an_approved_report_becomes_a_draft_of_the_grant_once() throws Exception {
		var knowledge = new KnowledgeFixtures(context);
		String title = "Unga vuxna i arbete " + UUID.randomUUID();
		var reported = knowledge.reportedGrant(title, 1);
		GrantView grant = reported.grant();
		assertThat(itemsOf(grant)).isEmpty();

		knowledge.approve(grant, "Ett föredömligt projekt.");

		assertThat(itemsOf(grant)).hasSize(1);
		KnowledgeItemView item = knowledge.asOfficer(() -> bank.item(itemsOf(grant).get(0)));
		assertThat(item.status()).isEqualTo(KnowledgeStatus.DRAFT);
		assertThat(item.kind()).isEqualTo(KnowledgeKind.REPORT);
		assertThat(item.title()).isEqualTo(title);
		assertThat(item.year()).isEqualTo(grant.year());
		assertThat(item.programmeCode()).isEqualTo("LUM");
		assertThat(item.organisationIds()).containsExactly(reported.districtId(), reported.partnerIds().get(0));
		assertThat(item.summary()).isEqualTo(KnowledgeFixtures.EXPERIENCES);
		assertThat(item.targetGroups()).containsExactly("Unga vuxna");
		assertThat(item.implementationStatus()).isEqualTo(ImplementationStatus.PARTLY);
		assertThat(item.areas()).extracting(KnowledgeArea::code).contains("arbetsmarknad");
		assertThat(item.body()).contains("Utöka till fler.", "Ett föredömligt projekt.",
				"Ingår i ordinarie verksamhet nästa år.");
		assertThat(item.outcome()).contains("Deltagare: 46", "arbete: 25");
		mvc.perform(get("/api/v1/knowledge/" + item.id()).with(httpBasic(data.reader(), TestData.PASSWORD)))
			.andExpect(status().isNotFound());

		transactions.executeWithoutResult(tx -> events.publishEvent(new ReportApproved(grant.id(),
				reported.districtId(), grant.registrationNumber(), grant.title(), "Igen")));
		assertThat(itemsOf(grant)).hasSize(1);
	}

	private List<UUID> itemsOf(GrantView grant) {
		return jdbc.sql("select id from knowledge_item where grant_id = ?").param(grant.id()).query(UUID.class).list();
	}
}
