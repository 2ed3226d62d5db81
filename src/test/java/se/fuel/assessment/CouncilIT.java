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

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.DemoDataTest;
import se.fuel.TestUsers;
import se.fuel.applications.SubmittedApplication;
import se.fuel.applications.SubmittedApplications;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;

@DemoDataTest
class CouncilIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Calls calls;

	@Autowired
	SubmittedApplications applications;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	CallView call(String programme, int year) {
		return calls.all().stream().filter(c -> c.programmeCode().equals(programme) && c.year() == year).findFirst()
			.orElseThrow();
	}

	UUID organisation(String code) {
		return organisations.findByCode(code).map(OrganisationSummary::id).orElseThrow();
	}

	/** A new council member of the organisation, made by the administrator; returns [id, username]. */
	String[] newMember(String organisationCode) throws Exception {
		String username = "rad" + UUID.randomUUID().toString().substring(0, 8);
		String body = mvc.perform(post("/api/v1/users").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"username":"%s","displayName":"Ledamot %s","email":"%s@stockholm.example","role":"COUNCIL",
					 "organisationId":"%s","password":"ett-langt-losenord"}"""
				.formatted(username, username, username, organisation(organisationCode))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return new String[] { JsonPath.read(body, "$.id"), username };
	}

	/** A LUM 2027 application of the applicant's organisation, submitted. */
	String submitted(String applicant) throws Exception {
		String json = """
				{"callId":"%s","title":"Rådstest %s","contactName":"Test","contactEmail":"test@stockholm.example",
				 "targetGroup":"Unga","problem":"Problemet %s","goals":"Mål","method":"Metod","implementationPlan":"Plan",
				 "genderAnalysis":"Analys","requestedAmount":300000,"budgetLines":[{"description":"Lön","amount":300000}],
				 "priorityAreas":[],"startDate":"2027-02-01","endDate":"2027-11-30"}"""
			.formatted(call("LUM", 2027).id(), UUID.randomUUID(), applicant);
		String body = mvc.perform(post("/api/v1/applications").with(httpBasic(applicant, "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(httpBasic(applicant, "demo")))
			.andExpect(status().isOk());
		return id;
	}

	String radsledamotId() throws Exception {
		String body = mvc.perform(get("/api/v1/users").with(httpBasic("admin", "demo"))).andReturn().getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(body, "$[?(@.username == 'radsledamot')].id");
		return ids.get(0);
	}

	void assign(String applicationId, String... memberIds) throws Exception {
		mvc.perform(post("/api/v1/assessments/" + applicationId + "/council").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"memberIds\":[\"" + String.join("\",\"", memberIds) + "\"]}"))
			.andExpect(status().isOk());
	}

	String scores(int value) {
		int n = call("LUM", 2024).mainCriteria().size();
		var s = new ArrayList<String>();
		var c = new ArrayList<String>();
		for (int i = 0; i < n; i++) {
			s.add(String.valueOf(value));
			c.add("\"Kommentar " + value + "-" + i + "\"");
		}
		return "{\"scores\":[" + String.join(",", s) + "],\"comments\":[" + String.join(",", c) + "]}";
	}

	@Test
	void an_assigned_member_scores_and_only_then_sees_the_other_members_scores() throws Exception {
		UUID farsta = organisation("farsta");
		UUID sodermalm = organisation("sodermalm");
		SubmittedApplication app = applications.submittedTo(call("LUM", 2024).id()).stream()
			.filter(a -> !a.leadOrganisationId().equals(farsta) && !a.leadOrganisationId().equals(sodermalm))
			.filter(a -> !applications.partnersOf(a.id()).contains(farsta)
					&& !applications.partnersOf(a.id()).contains(sodermalm))
			.findFirst().orElseThrow();
		String[] other = newMember("sodermalm");
		assign(app.id().toString(), radsledamotId(), other[0]);

		mvc.perform(get("/api/v1/council/assignments").with(httpBasic("radsledamot", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].applicationId").value(hasItem(app.id().toString())));
		mvc.perform(get("/council").with(users.as("radsledamot")))
			.andExpect(status().isOk()).andExpect(content().string(containsString(app.title())))
			.andExpect(content().string(containsString("href=\"/council\">Mina granskningar</a>")));
		mvc.perform(put("/api/v1/council/" + app.id() + "/scores").with(httpBasic(other[1], "ett-langt-losenord"))
			.contentType(MediaType.APPLICATION_JSON).content(scores(2)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/council/" + app.id()).with(httpBasic("radsledamot", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.others").isEmpty());
		mvc.perform(get("/council/" + app.id()).with(users.as("radsledamot")))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("Kommentar 2-0"))));

		mvc.perform(put("/api/v1/council/" + app.id() + "/scores").with(httpBasic("radsledamot", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"scores\":[5]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule").value(hasItem("every-criterion-scored")));
		mvc.perform(post("/council/" + app.id()).with(csrf()).with(users.as("radsledamot")).param("score0", "4"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Huvudkriterium 2: sätt ett betyg från 1 till 5.")));
		mvc.perform(put("/api/v1/council/" + app.id() + "/scores").with(httpBasic("radsledamot", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(scores(4)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.others[0].memberName").value("Ledamot " + other[1]))
			.andExpect(jsonPath("$.others[0].scores[0].score").value(2));
		mvc.perform(get("/council/" + app.id()).with(users.as("radsledamot")))
			.andExpect(content().string(containsString("Kommentar 2-0")));

		mvc.perform(get("/assessments/" + app.id()).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rut Lindqvist")))
			.andExpect(content().string(containsString("Kommentar 4-0")))
			.andExpect(content().string(containsString("Kommentar 2-1")));
	}

	@Test
	void a_member_of_the_applying_organisation_is_refused_with_jav_and_cannot_open_it() throws Exception {
		SubmittedApplication farstaApp = applications.submittedTo(call("LUM", 2024).id()).stream()
			.filter(a -> a.title().startsWith("Digital Lots för samsjukliga")).findFirst().orElseThrow();
		mvc.perform(post("/api/v1/assessments/" + farstaApp.id() + "/council").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"memberIds\":[\"" + radsledamotId() + "\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("no-conflict-of-interest"))
			.andExpect(jsonPath("$.violations[0].message").value(containsString("Rut Lindqvist är jävig")));
		mvc.perform(post("/assessments/" + farstaApp.id() + "/council").with(csrf()).with(users.as("handlaggare"))
			.param("memberIds", radsledamotId()))
			.andExpect(redirectedUrl("/assessments/" + farstaApp.id() + "#council"));
		mvc.perform(get("/assessments/" + farstaApp.id()).with(users.as("handlaggare")))
			.andExpect(content().string(containsString("jävig (egen organisation)")));
		mvc.perform(get("/council/" + farstaApp.id()).with(users.as("radsledamot")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/council/" + farstaApp.id()).with(httpBasic("radsledamot", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void an_unassigned_member_gets_not_found() throws Exception {
		String id = submitted("sodermalm");
		mvc.perform(get("/council/" + id).with(users.as("radsledamot"))).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/council/" + id + "/scores").with(httpBasic("radsledamot", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(scores(3)))
			.andExpect(status().isNotFound());
	}

	@Test
	void declaring_jav_removes_the_assignment_and_is_audited() throws Exception {
		String id = submitted("sodermalm");
		assign(id, radsledamotId());
		mvc.perform(get("/council/" + id).with(users.as("radsledamot"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Problemformulering")))
			.andExpect(content().string(containsString("Problemet sodermalm")));
		mvc.perform(post("/council/" + id + "/conflict").with(csrf()).with(users.as("radsledamot"))
			.param("reason", "Min syster leder projektet"))
			.andExpect(redirectedUrl("/council"));
		mvc.perform(get("/council/" + id).with(users.as("radsledamot"))).andExpect(status().isNotFound());
		var history = audit.history("CouncilReview", id);
		assertThat(history).extracting(e -> e.action()).contains("assigned", "conflict-declared");
		assertThat(history.get(history.size() - 1).after()).contains("Min syster leder projektet");
		mvc.perform(get("/assessments/" + id).with(users.as("handlaggare")))
			.andExpect(content().string(containsString("Min syster leder projektet")))
			.andExpect(content().string(containsString("jäv anmält")))
			.andExpect(content().string(containsString("tilldelad")));
	}

	@Test
	void applicants_readers_and_officers_pages_refuse_other_roles() throws Exception {
		mvc.perform(get("/council").with(users.as("farsta"))).andExpect(status().isForbidden());
		mvc.perform(get("/council").with(users.as("lasare"))).andExpect(status().isForbidden());
		mvc.perform(get("/council").with(users.as("socialdirektor"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/council/assignments").with(httpBasic("farsta", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/council/assignments").with(httpBasic("lasare", "demo")))
			.andExpect(status().isForbidden());
		String id = submitted("farsta");
		mvc.perform(get("/council/" + id).with(users.as("farsta"))).andExpect(status().isForbidden());
		mvc.perform(get("/council/" + id).with(users.as("handlaggare"))).andExpect(status().isForbidden());
		mvc.perform(post("/council/" + id + "/conflict").with(csrf()).with(users.as("lasare")).param("reason", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/council/" + id + "/scores").with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(scores(3)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/assessments/" + id + "/council").with(httpBasic("radsledamot", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"memberIds\":[]}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/assessments/calls/" + call("LUM", 2027).id() + "/distribute").with(csrf())
			.with(users.as("farsta"))).andExpect(status().isForbidden());
	}

	@Test
	void distributing_evenly_spreads_over_members_and_never_gives_a_member_their_own_organisation()
			throws Exception {
		String[] other = newMember("sodermalm");
		String farstaApp = submitted("farsta");
		String sodermalmApp = submitted("sodermalm");
		String sodermalmApp2 = submitted("sodermalm");
		UUID callId = call("LUM", 2027).id();
		mvc.perform(post("/assessments/calls/" + callId + "/distribute").with(csrf()).with(users.as("handlaggare")))
			.andExpect(redirectedUrl("/assessments"));
		UUID radsledamot = UUID.fromString(radsledamotId());
		UUID sodermalmMember = UUID.fromString(other[0]);
		var byApp = new java.util.HashMap<UUID, UUID>();
		jdbc.sql("select application_id, member_id from council_assignment where call_id = ?").param(callId)
			.query((rs, n) -> byApp.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
		assertThat(byApp).containsKeys(UUID.fromString(farstaApp), UUID.fromString(sodermalmApp),
				UUID.fromString(sodermalmApp2));
		assertThat(byApp.get(UUID.fromString(farstaApp))).isNotEqualTo(radsledamot);
		assertThat(byApp.get(UUID.fromString(sodermalmApp))).isNotEqualTo(sodermalmMember);
		assertThat(byApp.get(UUID.fromString(sodermalmApp2))).isNotEqualTo(sodermalmMember);
		assertThat(new java.util.HashSet<>(List.of(byApp.get(UUID.fromString(farstaApp)),
				byApp.get(UUID.fromString(sodermalmApp)), byApp.get(UUID.fromString(sodermalmApp2)))))
			.hasSizeGreaterThan(1);
		assertThat(jdbc.sql("select application_id from council_assignment where member_id = ?").param(radsledamot)
			.query(UUID.class).list())
			.noneMatch(applicationId -> applications.find(applicationId).orElseThrow().leadOrganisationId()
				.equals(organisation("farsta")));
	}
}
