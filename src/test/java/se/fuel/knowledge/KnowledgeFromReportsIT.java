package se.fuel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import se.fuel.DemoDataTest;
import se.fuel.decisions.DecidedRoundFixture;
import se.fuel.grants.GrantView;
import se.fuel.grants.ReportApproved;
import se.fuel.knowledge.internal.KnowledgeItem;
import se.fuel.knowledge.internal.KnowledgeItemRepository;
import se.fuel.organisations.Organisations;

/** Approved reports become drafts, once per grant; the demo's reported grants are published items. */
@DemoDataTest
class KnowledgeFromReportsIT {

	static final int YEAR = 2089;

	@Autowired
	WebApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	KnowledgeItemRepository items;

	@Autowired
	Organisations organisations;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void an_approved_report_becomes_a_draft_of_the_grant_once() throws Exception {
		var fixture = new DecidedRoundFixture(context);
		UUID farsta = organisations.findByCode("farsta").orElseThrow().id();
		UUID sodermalm = organisations.findByCode("sodermalm").orElseThrow().id();
		UUID call = fixture.round().lumCall(YEAR, 1_000_000, 3);
		UUID application = fixture.submittedWithPartners("farsta", call, YEAR, "Unga vuxna i arbete " + YEAR,
				200_000, List.of(sodermalm));
		fixture.round().grant(application);
		fixture.decide(YEAR, "§ 3");
		GrantView grant = fixture.grantOf(YEAR, application);
		fixture.paidAndUnderWay(grant);
		String report = "/api/v1/grants/" + grant.id() + "/report";
		mvc.perform(put(report).with(httpBasic("farsta", "demo")).contentType(MediaType.APPLICATION_JSON).content("""
				{"whatWasDone":"Vägledning för unga vuxna","participantsWomen":20,"participantsMen":25,
				 "participantsOther":1,"lines":[{"description":"Lön","granted":200000,"actual":200000}],
				 "outcomes":[{"category":"arbete","women":10,"men":15,"other":0}],
				 "experiences":"Samverkan med arbetsförmedlingen bar hela projektet.","implementationPlan":true,
				 "implementationPlanHow":"Ingår i ordinarie verksamhet nästa år.","proposals":"Utöka till Skärholmen."}
				"""))
			.andExpect(status().isOk());
		mvc.perform(post(report + "/submit").with(httpBasic("farsta", "demo"))).andExpect(status().isOk());
		assertThat(items.findByGrantId(grant.id())).isEmpty();
		mvc.perform(post(report + "/approve").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Ett föredömligt projekt.\"}"))
			.andExpect(status().isOk());

		KnowledgeItem item = items.findByGrantId(grant.id()).orElseThrow();
		assertThat(item.status()).isEqualTo(KnowledgeStatus.DRAFT);
		assertThat(item.kind()).isEqualTo(KnowledgeKind.REPORT);
		assertThat(item.title()).isEqualTo("Unga vuxna i arbete " + YEAR);
		assertThat(item.year()).isEqualTo(YEAR);
		assertThat(item.programmeCode()).isEqualTo("LUM");
		assertThat(item.organisationIds()).containsExactly(farsta, sodermalm);
		assertThat(item.summary()).isEqualTo("Samverkan med arbetsförmedlingen bar hela projektet.");
		assertThat(item.targetGroups()).containsExactly("Unga vuxna");
		assertThat(item.implementationStatus()).isEqualTo(ImplementationStatus.PARTLY);
		assertThat(item.areaCodes()).contains("arbetsmarknad");
		assertThat(item.body()).contains("Utöka till Skärholmen.", "Ett föredömligt projekt.",
				"Ingår i ordinarie verksamhet nästa år.");
		assertThat(item.outcome()).contains("Deltagare: 46", "arbete: 25");
		mvc.perform(get("/api/v1/knowledge/" + item.id()).with(httpBasic("lasare", "demo")))
			.andExpect(status().isNotFound());

		transactions.executeWithoutResult(tx -> events.publishEvent(new ReportApproved(grant.id(), farsta,
				grant.registrationNumber(), grant.title(), "Igen")));
		assertThat(items.findAll().stream().filter(i -> grant.id().equals(i.grantId()))).hasSize(1);
	}

	@Test
	void every_demo_grant_with_an_approved_report_is_a_published_report_and_the_unreported_are_plans() {
		Map<Integer, Long> byYear = items.findAll().stream()
			.filter(i -> i.grantId() != null && i.status() == KnowledgeStatus.PUBLISHED && i.year() != null
					&& i.year() < 2030 && i.kind() != KnowledgeKind.PROJECT_PLAN)
			.collect(Collectors.groupingBy(KnowledgeItem::year, Collectors.counting()));
		assertThat(byYear.getOrDefault(2002, 0L) + byYear.getOrDefault(2003, 0L)).isEqualTo(29);
		assertThat(byYear.get(2017)).isEqualTo(13);
		assertThat(byYear.get(2024)).isGreaterThanOrEqualTo(15);
		assertThat(items.findAll().stream()
			.filter(i -> i.kind() == KnowledgeKind.PROJECT_PLAN && i.grantId() != null && i.year() != null
					&& i.year() < 2004)
			.map(KnowledgeItem::title))
			.containsExactlyInAnyOrder("SFI plus (fortsättning)",
					"Arbetslösa invandrare (Vidareutveckling av verksamheten, fortsättning av baskurs med vårdinriktning för somalier)",
					"Arbetslösa ungdomar och deras arbetslösa föräldrar");
		KnowledgeItem asi = items.findAll().stream()
			.filter(i -> i.title().startsWith("ASI-metoden"))
			.findFirst()
			.orElseThrow();
		assertThat(asi.areaCodes()).startsWith("socialmedicin");
		assertThat(items.findAll().stream().filter(i -> "MUL".equals(i.programmeCode()) && i.year() == 2024))
			.isNotEmpty()
			.allMatch(i -> i.kind() == KnowledgeKind.TRAVEL_REPORT);
		assertThat(items.findAll().stream()
			.filter(i -> i.year() != null && i.year() == 2017 && i.title().endsWith("förstudie")))
			.extracting(KnowledgeItem::kind)
			.isNotEmpty()
			.containsOnly(KnowledgeKind.PRE_STUDY);
	}
}
