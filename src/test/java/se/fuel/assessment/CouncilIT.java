package se.fuel.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.applications.SubmittedApplications;
import se.fuel.audit.AuditTrail;
import se.fuel.assessment.AssessmentFixture.Call;
import se.fuel.assessment.AssessmentFixture.Member;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/** Council members' reviews: assignment, scores, jäv and the even distribution, with members of the test's own. */
@FuelIntegrationTest
class CouncilIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	ApplicationContext context;

	@Autowired
	SubmittedApplications applications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	Identity identity;

	@Autowired
	FundCycle cycle;

	@Autowired
	Council council;

	AssessmentFixture fixture;

	Call call;

	String officer;

	@BeforeEach
	void setUp() throws Exception {
		fixture = new AssessmentFixture(mvc, context);
		call = fixture.callSharedBy(CouncilIT.class);
		officer = fixture.officer();
	}

	static RequestPostProcessor api(String username) {
		return httpBasic(username, TestData.PASSWORD);
	}

	/** An application of the applicant's organisation, submitted, whose problem names the applicant. */
	String submitted(String applicant) throws Exception {
		return fixture.submitted(applicant, call, "Rådstest " + UUID.randomUUID(), "Problemet " + applicant, 300_000,
				List.of());
	}

	void assign(String applicationId, String... memberIds) throws Exception {
		mvc.perform(post("/api/v1/assessments/" + applicationId + "/council").with(api(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"memberIds\":[\"" + String.join("\",\"", memberIds) + "\"]}"))
			.andExpect(status().isOk());
	}

	String scores(int value) {
		var s = new ArrayList<String>();
		var c = new ArrayList<String>();
		for (int i = 0; i < AssessmentFixture.CRITERIA; i++) {
			s.add(String.valueOf(value));
			c.add("\"Kommentar " + value + "-" + i + "\"");
		}
		return "{\"scores\":[" + String.join(",", s) + "],\"comments\":[" + String.join(",", c) + "]}";
	}

	@Test
	void an_assigned_member_scores_and_only_then_sees_the_other_members_scores() throws Exception {
		String app = submitted(data.applicant(data.district()));
		String title = applications.find(UUID.fromString(app)).orElseThrow().title();
		Member member = fixture.member(data.district());
		Member other = fixture.member(data.district());
		assign(app, member.id(), other.id());

		mvc.perform(get("/api/v1/council/assignments").with(api(member.username())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].applicationId").value(hasItem(app)));
		mvc.perform(get("/council").with(users.as(member.username())))
			.andExpect(status().isOk()).andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("href=\"/council\">Mina granskningar</a>")));
		mvc.perform(put("/api/v1/council/" + app + "/scores").with(api(other.username()))
			.contentType(MediaType.APPLICATION_JSON).content(scores(2)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/council/" + app).with(api(member.username())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.others").isEmpty());
		mvc.perform(get("/council/" + app).with(users.as(member.username())))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("Kommentar 2-0"))));

		mvc.perform(put("/api/v1/council/" + app + "/scores").with(api(member.username()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"scores\":[5]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule").value(hasItem("every-criterion-scored")));
		mvc.perform(post("/council/" + app).with(csrf()).with(users.as(member.username())).param("score0", "4"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Huvudkriterium 2: sätt ett betyg från 1 till 5.")));
		mvc.perform(put("/api/v1/council/" + app + "/scores").with(api(member.username()))
			.contentType(MediaType.APPLICATION_JSON).content(scores(4)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.others[0].memberName").value(other.displayName()))
			.andExpect(jsonPath("$.others[0].scores[0].score").value(2));
		mvc.perform(get("/council/" + app).with(users.as(member.username())))
			.andExpect(content().string(containsString("Kommentar 2-0")));

		mvc.perform(get("/assessments/" + app).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(member.displayName())))
			.andExpect(content().string(containsString("Kommentar 4-0")))
			.andExpect(content().string(containsString("Kommentar 2-1")));

		// The allocation workbench reads every member's mean score and their spread per application of the call.
		CouncilScores seen = data.as(officer, () -> council.scoresOfCall(call.id())).get(UUID.fromString(app));
		assertThat(seen.members()).extracting(m -> m.memberName() + " " + m.mean().toPlainString())
			.containsExactlyInAnyOrder(member.displayName() + " 4.0", other.displayName() + " 2.0");
		assertThat(seen.spread()).isEqualByComparingTo("2.0");
		assertThat(seen.awaited()).isZero();
	}

	@Test
	void a_member_of_the_applying_organisation_is_refused_with_jav_and_cannot_open_it() throws Exception {
		UUID district = data.district();
		String app = submitted(data.applicant(district));
		Member member = fixture.member(district);
		mvc.perform(post("/api/v1/assessments/" + app + "/council").with(api(officer))
			.contentType(MediaType.APPLICATION_JSON).content("{\"memberIds\":[\"" + member.id() + "\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("no-conflict-of-interest"))
			.andExpect(jsonPath("$.violations[0].message").value(containsString(member.displayName() + " är jävig")));
		mvc.perform(post("/assessments/" + app + "/council").with(csrf()).with(users.as(officer))
			.param("memberIds", member.id()))
			.andExpect(redirectedUrl("/assessments/" + app + "#council"));
		mvc.perform(get("/assessments/" + app).with(users.as(officer)))
			.andExpect(content().string(containsString("jävig (egen organisation)")));
		mvc.perform(get("/council/" + app).with(users.as(member.username())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/council/" + app).with(api(member.username())))
			.andExpect(status().isNotFound());
	}

	@Test
	void an_unassigned_member_gets_not_found() throws Exception {
		String id = submitted(data.applicant(data.district()));
		Member member = fixture.member(data.district());
		mvc.perform(get("/council/" + id).with(users.as(member.username()))).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/council/" + id + "/scores").with(api(member.username()))
			.contentType(MediaType.APPLICATION_JSON).content(scores(3)))
			.andExpect(status().isNotFound());
	}

	@Test
	void declaring_jav_removes_the_assignment_and_is_audited() throws Exception {
		String applicant = data.applicant(data.district());
		String id = submitted(applicant);
		Member member = fixture.member(data.district());
		assign(id, member.id());
		mvc.perform(get("/council/" + id).with(users.as(member.username()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Problemformulering")))
			.andExpect(content().string(containsString("Problemet " + applicant)));
		mvc.perform(post("/council/" + id + "/conflict").with(csrf()).with(users.as(member.username()))
			.param("reason", "Min syster leder projektet"))
			.andExpect(redirectedUrl("/council"));
		mvc.perform(get("/council/" + id).with(users.as(member.username()))).andExpect(status().isNotFound());
		var history = audit.history("CouncilReview", id);
		assertThat(history).extracting(e -> e.action()).contains("assigned", "conflict-declared");
		assertThat(history.get(history.size() - 1).after()).contains("Min syster leder projektet");
		mvc.perform(get("/assessments/" + id).with(users.as(officer)))
			.andExpect(content().string(containsString("Min syster leder projektet")))
			.andExpect(content().string(containsString("jäv anmält")))
			.andExpect(content().string(containsString("tilldelad")));
	}

	@Test
	void a_member_declares_jav_through_the_api_and_a_missing_reason_is_refused() throws Exception {
		String id = submitted(data.applicant(data.district()));
		Member member = fixture.member(data.district());
		assign(id, member.id());
		String conflict = "/api/v1/council/" + id + "/conflict";
		mvc.perform(post(conflict).with(api(member.username())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\" \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("reason"));
		mvc.perform(get("/api/v1/council/" + id).with(api(member.username()))).andExpect(status().isOk());
		mvc.perform(post(conflict).with(api(member.username())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Jag sitter i projektets styrgrupp\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/council/" + id).with(api(member.username()))).andExpect(status().isNotFound());
		var history = audit.history("CouncilReview", id);
		assertThat(history.get(history.size() - 1).after()).contains("Jag sitter i projektets styrgrupp");
	}

	@Test
	void applicants_readers_and_officers_pages_refuse_other_roles() throws Exception {
		UUID district = data.district();
		String applicant = data.applicant(district);
		String reader = data.reader();
		Member member = fixture.member(data.district());
		mvc.perform(get("/council").with(users.as(applicant))).andExpect(status().isForbidden());
		mvc.perform(get("/council").with(users.as(reader))).andExpect(status().isForbidden());
		mvc.perform(get("/council").with(users.as(data.attestant()))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/council/assignments").with(api(applicant)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/council/assignments").with(api(reader)))
			.andExpect(status().isForbidden());
		String id = submitted(applicant);
		mvc.perform(get("/council/" + id).with(users.as(applicant))).andExpect(status().isForbidden());
		mvc.perform(get("/council/" + id).with(users.as(officer))).andExpect(status().isForbidden());
		mvc.perform(post("/council/" + id + "/conflict").with(csrf()).with(users.as(reader)).param("reason", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/council/" + id + "/scores").with(api(applicant))
			.contentType(MediaType.APPLICATION_JSON).content(scores(3)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/assessments/" + id + "/council").with(api(member.username()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"memberIds\":[]}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/assessments/calls/" + call.id() + "/distribute").with(csrf())
			.with(users.as(applicant))).andExpect(status().isForbidden());
	}

	@Test
	void distributing_evenly_spreads_over_members_and_never_gives_a_member_their_own_organisation()
			throws Exception {
		UUID farsta = data.district();
		UUID sodermalm = data.district();
		Member farstaMember = fixture.member(farsta);
		Member sodermalmMember = fixture.member(sodermalm);
		String farstaApp = submitted(data.applicant(farsta));
		String sodermalmApplicant = data.applicant(sodermalm);
		String sodermalmApp = submitted(sodermalmApplicant);
		String sodermalmApp2 = submitted(sodermalmApplicant);
		mvc.perform(post("/assessments/calls/" + call.id() + "/distribute").with(csrf()).with(users.as(officer)))
			.andExpect(redirectedUrl("/assessments"));
		UUID farstaMemberId = UUID.fromString(farstaMember.id());
		UUID sodermalmMemberId = UUID.fromString(sodermalmMember.id());
		var byApp = new java.util.HashMap<UUID, UUID>();
		jdbc.sql("select application_id, member_id from council_assignment where call_id = ?").param(call.id())
			.query((rs, n) -> byApp.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
		assertThat(byApp).containsKeys(UUID.fromString(farstaApp), UUID.fromString(sodermalmApp),
				UUID.fromString(sodermalmApp2));
		assertThat(byApp.get(UUID.fromString(farstaApp))).isNotEqualTo(farstaMemberId);
		assertThat(byApp.get(UUID.fromString(sodermalmApp))).isNotEqualTo(sodermalmMemberId);
		assertThat(byApp.get(UUID.fromString(sodermalmApp2))).isNotEqualTo(sodermalmMemberId);
		assertThat(new java.util.HashSet<>(List.of(byApp.get(UUID.fromString(farstaApp)),
				byApp.get(UUID.fromString(sodermalmApp)), byApp.get(UUID.fromString(sodermalmApp2)))))
			.hasSizeGreaterThan(1);
		assertThat(jdbc.sql("select application_id from council_assignment where member_id = ?").param(farstaMemberId)
			.query(UUID.class).list())
			.noneMatch(applicationId -> applications.find(applicationId).orElseThrow().leadOrganisationId()
				.equals(farsta));
	}

	@Test
	void an_application_every_member_has_jaev_for_is_named_after_distributing_with_the_reason() throws Exception {
		UUID lead = data.district();
		Member ownMember = fixture.member(lead);
		String applicant = data.applicant(lead);
		List<UUID> everyOtherMembersOrganisation = data.as(officer, () -> identity.usersWithRole(Role.COUNCIL))
			.stream().map(Identity.UserSummary::organisationId).filter(o -> o != null && !o.equals(lead)).distinct()
			.toList();
		int year = cycle.year();
		UUID ownCall = cycle.call(year);
		UUID conflicted = cycle.draft(applicant, ownCall, year, "Alla har jäv", 100_000, everyOtherMembersOrganisation);
		cycle.submit(applicant, conflicted);
		String page = mvc.perform(get("/assessments/" + conflicted).with(users.as(officer))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).as("a member with jäv cannot be chosen before anyone clicks")
			.containsPattern("<input[^>]*value=\"" + ownMember.id() + "\"[^>]*disabled");

		var result = mvc.perform(post("/assessments/calls/" + ownCall + "/distribute").with(csrf())
			.with(users.as(officer))).andExpect(redirectedUrl("/assessments")).andReturn();

		var distribution = (Council.Distribution) result.getFlashMap().get("distributed");
		assertThat(distribution.assigned()).isZero();
		assertThat(distribution.unassigned()).singleElement().satisfies(u -> {
			assertThat(u.applicationId()).isEqualTo(conflicted);
			assertThat(u.noMembers()).isFalse();
		});
		mvc.perform(get("/assessments").flashAttrs(result.getFlashMap()).with(users.as(officer)))
			.andExpect(content().string(containsString("Inga ansökningar fördelades på rådsledamöterna.")))
			.andExpect(content().string(containsString("En ansökan fick ingen granskare.")))
			.andExpect(content().string(containsString("Alla har jäv</a>:")))
			.andExpect(content().string(containsString("alla rådsledamöter har jäv")));
		assertThat(jdbc.sql("select count(*) from council_assignment where application_id = ?").param(conflicted)
			.query(Long.class).single()).isZero();
		mvc.perform(post("/api/v1/assessments/calls/" + ownCall + "/distribute").with(api(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assigned").value(0))
			.andExpect(jsonPath("$.unassigned[0].registrationNumber").exists())
			.andExpect(jsonPath("$.unassigned[0].noMembers").value(false));
	}
}
