package se.fuel.knowledge.internal;

import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeKind;
import se.fuel.knowledge.KnowledgeStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.context.ApplicationContext;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditTrail;
import se.fuel.grants.GrantView;
import se.fuel.knowledge.KnowledgeFixtures;
import se.fuel.testdata.TestData;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13's report-approval 500: a grant has one knowledge item, so approving the report of a grant whose project
 * plan is published already makes the report that item's waiting draft, and readers keep the plan until an officer
 * publishes it.
 */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApprovalOfAGrantWithAnItemIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData data;

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

	KnowledgeFixtures knowledge;

	String officer;

	String reader;

	String applicant;

	String council;

	String attestant;

	@BeforeAll
	void people() {
		knowledge = new KnowledgeFixtures(context);
		officer = knowledge.officer();
		reader = data.reader();
		UUID district = data.district();
		applicant = data.applicant(district);
		council = data.council(district);
		attestant = data.attestant();
	}

	@Test
	void approving_the_report_of_a_grant_with_a_published_plan_keeps_one_item_with_the_report_waiting_as_its_draft()
			throws Exception {
		GrantView grant = reportedGrant();
		UUID plan = publishedPlan(grant);

		approve(grant, "Ett föredömligt projekt.");

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
		assertThat(draft.body()).contains("Ett föredömligt projekt.");
		assertThat(draft.areaCodes()).containsExactly("missbruk");
		mvc.perform(get("/api/v1/grants/" + grant.id() + "/report").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.coordinatorComment").value("Ett föredömligt projekt."));
		mvc.perform(get("/api/v1/knowledge/" + plan).with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("PROJECT_PLAN"))
			.andExpect(jsonPath("$.summary").value("Vad projektet ska göra."));
		mvc.perform(get("/knowledge/" + plan).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ett utkast från redovisningen väntar")));
		mvc.perform(get("/knowledge/drafts").with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(grant.title())));
		assertThat(audit.history("KnowledgeItem", plan)).anySatisfy(
				e -> assertThat(e.toString()).contains("report-draft-waiting"));
	}

	@Test
	void publishing_the_waiting_draft_makes_the_report_the_items_next_version() throws Exception {
		GrantView grant = reportedGrant();
		UUID plan = publishedPlan(grant);
		approve(grant, "Väl genomfört.");

		mvc.perform(post("/knowledge/" + plan + "/report-draft/publish").with(users.as(officer)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		KnowledgeItem item = items.findById(plan).orElseThrow();
		assertThat(item.reportDraft()).isNull();
		assertThat(item.kind()).isEqualTo(KnowledgeKind.REPORT);
		assertThat(item.status()).isEqualTo(KnowledgeStatus.PUBLISHED);
		assertThat(versions.findByItemIdOrderByNumberAsc(plan)).hasSize(2);
		mvc.perform(get("/api/v1/knowledge/" + plan).with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(jsonPath("$.kind").value("REPORT"))
			.andExpect(jsonPath("$.summary").value("Samverkan med arbetsförmedlingen bar hela projektet."));
	}

	@Test
	void a_discarded_draft_leaves_the_published_plan_as_it_was() throws Exception {
		GrantView grant = reportedGrant();
		UUID plan = publishedPlan(grant);
		approve(grant, "Godkänd.");

		mvc.perform(post("/knowledge/" + plan + "/report-draft/discard").with(users.as(officer)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		KnowledgeItem item = items.findById(plan).orElseThrow();
		assertThat(item.reportDraft()).isNull();
		assertThat(item.kind()).isEqualTo(KnowledgeKind.PROJECT_PLAN);
		assertThat(versions.findByItemIdOrderByNumberAsc(plan)).hasSize(1);
		mvc.perform(post("/knowledge/" + plan + "/report-draft/publish").with(users.as(officer)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("inget utkast från en redovisning")));
	}

	@Test
	void only_officers_see_and_publish_a_waiting_draft() throws Exception {
		GrantView grant = reportedGrant();
		UUID plan = publishedPlan(grant);
		approve(grant, "Godkänd.");

		mvc.perform(post("/knowledge/" + plan + "/report-draft/publish").with(users.as(applicant)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/knowledge/" + plan).with(users.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("Ett utkast från redovisningen väntar"))));
		assertThat(items.findById(plan).orElseThrow().reportDraft()).isNotNull();
	}

	@Test
	void every_address_of_a_waiting_draft_refuses_every_role_but_officers_and_leaves_it_waiting() throws Exception {
		GrantView grant = reportedGrant();
		UUID plan = publishedPlan(grant);
		approve(grant, "Godkänd.");

		for (String user : List.of(applicant, data.applicant(data.district()), council, reader, attestant)) {
			mvc.perform(post("/knowledge/" + plan + "/report-draft/publish").with(users.as(user)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/knowledge/" + plan + "/report-draft/discard").with(users.as(user)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/knowledge/drafts").with(users.as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/knowledge/report-drafts").with(httpBasic(user, TestData.PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/knowledge/" + plan + "/report-draft").with(httpBasic(user, TestData.PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/knowledge/" + plan + "/report-draft/publish").with(httpBasic(user, TestData.PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/knowledge/" + plan + "/report-draft/discard").with(httpBasic(user, TestData.PASSWORD)))
				.andExpect(status().isForbidden());
		}
		assertThat(items.findById(plan).orElseThrow().reportDraft()).isNotNull();
	}

	@Test
	void the_api_shows_the_waiting_draft_to_officers_only_and_publishes_it() throws Exception {
		GrantView grant = reportedGrant();
		UUID plan = publishedPlan(grant);
		approve(grant, "Godkänd.");

		mvc.perform(get("/api/v1/knowledge/" + plan + "/report-draft").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.kind").value("REPORT"));
		mvc.perform(get("/api/v1/knowledge/" + plan + "/report-draft").with(httpBasic(reader, TestData.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/knowledge/" + plan + "/report-draft/publish").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("REPORT"))
			.andExpect(jsonPath("$.publishedVersion").value(2));
		mvc.perform(get("/api/v1/knowledge/" + plan + "/report-draft").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void an_unpublished_item_of_the_grant_takes_the_approved_report_at_once() throws Exception {
		GrantView grant = reportedGrant();
		UUID plan = plan(grant);

		approve(grant, "Godkänd.");

		KnowledgeItem item = items.findById(plan).orElseThrow();
		assertThat(item.status()).isEqualTo(KnowledgeStatus.DRAFT);
		assertThat(item.kind()).isEqualTo(KnowledgeKind.REPORT);
		assertThat(item.reportDraft()).isNull();
		assertThat(item.body()).contains("Godkänd.");
		assertThat(items.findAll().stream().filter(i -> grant.id().equals(i.grantId()))).hasSize(1);
	}

	/** A decided, paid grant of a new district whose report is handed in. */
	private GrantView reportedGrant() throws Exception {
		return knowledge.reportedGrant("Lots för unga vuxna " + UUID.randomUUID(), 0).grant();
	}

	private UUID plan(GrantView grant) throws Exception {
		String created = mvc.perform(post("/api/v1/knowledge").with(httpBasic(officer, TestData.PASSWORD))
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
		mvc.perform(post("/api/v1/knowledge/" + plan + "/publish").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk());
		return plan;
	}

	private void approve(GrantView grant, String comment) throws Exception {
		knowledge.approve(grant, comment);
	}
}
