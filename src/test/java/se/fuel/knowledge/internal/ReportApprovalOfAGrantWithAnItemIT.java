package se.fuel.knowledge.internal;

import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditTrail;
import se.fuel.decisions.DecidedRoundFixture;
import se.fuel.grants.GrantView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13's report-approval 500: a grant has one knowledge item, so approving the report of a grant whose project
 * plan is published already makes the report that item's waiting draft, and readers keep the plan until an officer
 * publishes it.
 */
@DemoDataTest
class ReportApprovalOfAGrantWithAnItemIT {

	@Autowired
	WebApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	KnowledgeItemRepository items;

	@Autowired
	KnowledgeItemVersionRepository versions;

	@Autowired
	AuditTrail audit;

	@Autowired
	JsonMapper json;

	@Test
	void approving_the_report_of_a_grant_with_a_published_plan_keeps_one_item_with_the_report_waiting_as_its_draft()
			throws Exception {
		GrantView grant = reportedGrant(2091, "Lots för unga vuxna 2091");
		UUID plan = publishedPlan(grant);

		approve(grant, "Ett föredömligt projekt 2091.");

		assertThat(items.findAll().stream().filter(i -> grant.id().equals(i.grantId()))).hasSize(1);
		KnowledgeItem item = items.findById(plan).orElseThrow();
		assertThat(item.status()).isEqualTo(KnowledgeStatus.PUBLISHED);
		assertThat(item.kind()).isEqualTo(KnowledgeKind.PROJECT_PLAN);
		assertThat(item.summary()).isEqualTo("Vad projektet ska göra.");
		assertThat(item.publishedVersion()).isEqualTo(1);
		assertThat(versions.findByItemIdOrderByNumberAsc(plan)).hasSize(1);
		KnowledgeItemInput draft = json.readValue(item.reportDraft(), KnowledgeItemInput.class);
		assertThat(draft.kind()).isEqualTo(KnowledgeKind.REPORT);
		assertThat(draft.summary()).isEqualTo("Samverkan med arbetsförmedlingen bar hela projektet.");
		assertThat(draft.body()).contains("Ett föredömligt projekt 2091.");
		assertThat(draft.areaCodes()).containsExactly("missbruk");
		mvc.perform(get("/api/v1/grants/" + grant.id() + "/report").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.coordinatorComment").value("Ett föredömligt projekt 2091."));
		mvc.perform(get("/api/v1/knowledge/" + plan).with(httpBasic("lasare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("PROJECT_PLAN"))
			.andExpect(jsonPath("$.summary").value("Vad projektet ska göra."));
		mvc.perform(get("/knowledge/" + plan).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ett utkast från redovisningen väntar")));
		mvc.perform(get("/knowledge/drafts").with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Lots för unga vuxna 2091")));
		assertThat(audit.history("KnowledgeItem", plan)).anySatisfy(
				e -> assertThat(e.toString()).contains("report-draft-waiting"));
	}

	@Test
	void publishing_the_waiting_draft_makes_the_report_the_items_next_version() throws Exception {
		GrantView grant = reportedGrant(2092, "Lots för unga vuxna 2092");
		UUID plan = publishedPlan(grant);
		approve(grant, "Väl genomfört 2092.");

		mvc.perform(post("/knowledge/" + plan + "/report-draft/publish").with(users.as("handlaggare")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		KnowledgeItem item = items.findById(plan).orElseThrow();
		assertThat(item.reportDraft()).isNull();
		assertThat(item.kind()).isEqualTo(KnowledgeKind.REPORT);
		assertThat(item.status()).isEqualTo(KnowledgeStatus.PUBLISHED);
		assertThat(versions.findByItemIdOrderByNumberAsc(plan)).hasSize(2);
		mvc.perform(get("/api/v1/knowledge/" + plan).with(httpBasic("lasare", "demo")))
			.andExpect(jsonPath("$.kind").value("REPORT"))
			.andExpect(jsonPath("$.summary").value("Samverkan med arbetsförmedlingen bar hela projektet."));
	}

	@Test
	void a_discarded_draft_leaves_the_published_plan_as_it_was() throws Exception {
		GrantView grant = reportedGrant(2093, "Lots för unga vuxna 2093");
		UUID plan = publishedPlan(grant);
		approve(grant, "Godkänd 2093.");

		mvc.perform(post("/knowledge/" + plan + "/report-draft/discard").with(users.as("handlaggare")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		KnowledgeItem item = items.findById(plan).orElseThrow();
		assertThat(item.reportDraft()).isNull();
		assertThat(item.kind()).isEqualTo(KnowledgeKind.PROJECT_PLAN);
		assertThat(versions.findByItemIdOrderByNumberAsc(plan)).hasSize(1);
		mvc.perform(post("/knowledge/" + plan + "/report-draft/publish").with(users.as("handlaggare")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("inget utkast från en redovisning")));
	}

	@Test
	void only_officers_see_and_publish_a_waiting_draft() throws Exception {
		GrantView grant = reportedGrant(2094, "Lots för unga vuxna 2094");
		UUID plan = publishedPlan(grant);
		approve(grant, "Godkänd 2094.");

		mvc.perform(post("/knowledge/" + plan + "/report-draft/publish").with(users.as("farsta")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/knowledge/" + plan).with(users.as("lasare")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("Ett utkast från redovisningen väntar"))));
		assertThat(items.findById(plan).orElseThrow().reportDraft()).isNotNull();
	}

	@Test
	void every_address_of_a_waiting_draft_refuses_every_role_but_officers_and_leaves_it_waiting() throws Exception {
		GrantView grant = reportedGrant(2098, "Lots för unga vuxna 2098");
		UUID plan = publishedPlan(grant);
		approve(grant, "Godkänd 2098.");

		for (String user : List.of("farsta", "sodermalm", "radsledamot", "lasare", "socialdirektor")) {
			mvc.perform(post("/knowledge/" + plan + "/report-draft/publish").with(users.as(user)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/knowledge/" + plan + "/report-draft/discard").with(users.as(user)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/knowledge/drafts").with(users.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/knowledge/report-drafts").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/knowledge/" + plan + "/report-draft").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/knowledge/" + plan + "/report-draft/publish").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/knowledge/" + plan + "/report-draft/discard").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
		}
		assertThat(items.findById(plan).orElseThrow().reportDraft()).isNotNull();
	}

	@Test
	void the_api_shows_the_waiting_draft_to_officers_only_and_publishes_it() throws Exception {
		GrantView grant = reportedGrant(2097, "Lots för unga vuxna 2097");
		UUID plan = publishedPlan(grant);
		approve(grant, "Godkänd 2097.");

		mvc.perform(get("/api/v1/knowledge/" + plan + "/report-draft").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.kind").value("REPORT"));
		mvc.perform(get("/api/v1/knowledge/" + plan + "/report-draft").with(httpBasic("lasare", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/knowledge/" + plan + "/report-draft/publish").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("REPORT"))
			.andExpect(jsonPath("$.publishedVersion").value(2));
		mvc.perform(get("/api/v1/knowledge/" + plan + "/report-draft").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void an_unpublished_item_of_the_grant_takes_the_approved_report_at_once() throws Exception {
		GrantView grant = reportedGrant(2095, "Lots för unga vuxna 2095");
		UUID plan = plan(grant);

		approve(grant, "Godkänd 2095.");

		KnowledgeItem item = items.findById(plan).orElseThrow();
		assertThat(item.status()).isEqualTo(KnowledgeStatus.DRAFT);
		assertThat(item.kind()).isEqualTo(KnowledgeKind.REPORT);
		assertThat(item.reportDraft()).isNull();
		assertThat(item.body()).contains("Godkänd 2095.");
		assertThat(items.findAll().stream().filter(i -> grant.id().equals(i.grantId()))).hasSize(1);
	}

	@Test
	void the_demo_start_after_such_an_approval_adds_no_second_item() throws Exception {
		GrantView grant = reportedGrant(2096, "Lots för unga vuxna 2096");
		publishedPlan(grant);
		approve(grant, "Godkänd 2096.");

		// DemoKnowledgeItems makes an item of every approved report on each start of a demo instance.
		ApplicationRunner demoItems = context.getBeansOfType(ApplicationRunner.class).values().stream()
			.filter(r -> org.springframework.aop.support.AopUtils.getTargetClass(r).getSimpleName()
				.equals("DemoKnowledgeItems"))
			.findFirst()
			.orElseThrow();
		demoItems.run(new DefaultApplicationArguments());

		assertThat(items.findAll().stream().filter(i -> grant.id().equals(i.grantId()))).hasSize(1);
	}

	/** A decided, paid grant of Farsta's whose report is handed in. */
	private GrantView reportedGrant(int year, String title) throws Exception {
		var fixture = new DecidedRoundFixture(context);
		UUID call = fixture.round().lumCall(year, 1_000_000, 3);
		UUID application = fixture.submittedWithPartners("farsta", call, year, title, 200_000, List.of());
		fixture.round().grant(application);
		fixture.decide(year, "§ 4");
		GrantView grant = fixture.grantOf(year, application);
		fixture.paidAndUnderWay(grant);
		String report = "/api/v1/grants/" + grant.id() + "/report";
		mvc.perform(put(report).with(httpBasic("farsta", "demo")).contentType(MediaType.APPLICATION_JSON).content("""
				{"whatWasDone":"Lotsning","participantsWomen":20,"participantsMen":25,"participantsOther":1,
				 "lines":[{"description":"Lön","granted":200000,"actual":160000}],
				 "outcomes":[{"category":"arbete","women":10,"men":15,"other":0}],
				 "experiences":"Samverkan med arbetsförmedlingen bar hela projektet.","implementationPlan":true,
				 "implementationPlanHow":"Ingår i ordinarie verksamhet nästa år.","proposals":"Utöka."}
				"""))
			.andExpect(status().isOk());
		mvc.perform(post(report + "/submit").with(httpBasic("farsta", "demo"))).andExpect(status().isOk());
		return grant;
	}

	private UUID plan(GrantView grant) throws Exception {
		String created = mvc.perform(post("/api/v1/knowledge").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"PROJECT_PLAN","title":"%s","summary":"Vad projektet ska göra.","year":%d,
					 "grantId":"%s","areaCodes":["missbruk"]}""".formatted(grant.title(), grant.year(), grant.id())))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return UUID.fromString(json.readTree(created).get("id").asString());
	}

	private UUID publishedPlan(GrantView grant) throws Exception {
		UUID plan = plan(grant);
		mvc.perform(post("/api/v1/knowledge/" + plan + "/publish").with(httpBasic("handlaggare", "demo")))
			.andExpect(status().isOk());
		return plan;
	}

	private void approve(GrantView grant, String comment) throws Exception {
		mvc.perform(post("/api/v1/grants/" + grant.id() + "/report/approve").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"" + comment + "\"}"))
			.andExpect(status().isOk());
	}
}
