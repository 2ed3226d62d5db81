package se.fuel.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import se.fuel.audit.AuditTrail;
import se.fuel.calls.Calls;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;

/**
 * Issue 13: a council assignment that a later change makes jäv is withdrawn at that change, with a note for the
 * officer, and leaves the member's "Mina granskningar".
 */
@DemoDataTest
class CouncilJavWithdrawalIT {

	static final String PASSWORD = "ett-langt-losenord";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Calls calls;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Test
	void an_assignment_is_withdrawn_when_the_application_is_sent_in_again_with_the_members_organisation_as_partner()
			throws Exception {
		Member member = newMember("norrmalm");
		String application = submitted(List.of());
		assign(application, member.id());
		assertThat(myAssignments(member)).contains(application);

		returnForCompletion(application);
		resubmit(application, List.of(organisation("norrmalm")));

		assertThat(assigned(application, member)).isFalse();
		assertThat(myAssignments(member)).doesNotContain(application);
		mvc.perform(get("/council").with(users.as(member.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(application))));
		mvc.perform(get("/assessments/" + application).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tilldelningen av " + member.displayName()
					+ " återkallades automatiskt")))
			.andExpect(content().string(containsString("är samverkanspartner i ansökan, så ledamoten är jävig")));
		assertThat(audit.history("CouncilReview", UUID.fromString(application)))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("withdrawn-conflict"));
	}

	@Test
	void the_officer_assigns_another_member_after_a_withdrawal_but_not_the_member_with_jav() throws Exception {
		Member conflicted = newMember("norrmalm");
		Member other = newMember("sodermalm");
		String application = submitted(List.of());
		assign(application, conflicted.id());
		returnForCompletion(application);
		resubmit(application, List.of(organisation("norrmalm")));

		assign(application, other.id());
		assertThat(myAssignments(other)).contains(application);
		mvc.perform(post("/api/v1/assessments/" + application + "/council").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"memberIds\":[\"" + other.id() + "\",\"" + conflicted.id() + "\"]}"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void an_assignment_without_jav_stays_when_the_application_is_sent_in_again() throws Exception {
		Member member = newMember("norrmalm");
		String application = submitted(List.of());
		assign(application, member.id());

		returnForCompletion(application);
		resubmit(application, List.of(organisation("sodermalm")));

		assertThat(assigned(application, member)).isTrue();
		assertThat(myAssignments(member)).contains(application);
		assertThat(audit.history("CouncilReview", UUID.fromString(application)))
			.noneSatisfy(e -> assertThat(e.action()).isEqualTo("withdrawn-conflict"));
	}

	@Test
	void a_member_moved_to_the_applying_organisation_loses_the_assignment_with_a_note() throws Exception {
		Member member = newMember("norrmalm");
		String application = submitted(List.of());
		assign(application, member.id());

		mvc.perform(post("/admin/users/" + member.id()).with(csrf()).with(users.as("admin"))
				.param("displayName", member.displayName()).param("email", member.username() + "@stockholm.example")
				.param("phone", "").param("title", "").param("role", "COUNCIL")
				.param("organisationId", organisation("farsta")).param("enabled", "true"))
			.andExpect(status().is3xxRedirection());

		assertThat(assigned(application, member)).isFalse();
		mvc.perform(get("/assessments/" + application).with(users.as("handlaggare")))
			.andExpect(content().string(containsString("söker ansökan, så ledamoten är jävig")));
	}

	record Member(String id, String username, String displayName) {
	}

	Member newMember(String organisationCode) throws Exception {
		String username = "jav" + UUID.randomUUID().toString().substring(0, 8);
		String body = mvc.perform(post("/api/v1/users").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"username":"%s","displayName":"Ledamot %s","email":"%s@stockholm.example","role":"COUNCIL",
					 "organisationId":"%s","password":"%s"}"""
				.formatted(username, username, username, organisation(organisationCode), PASSWORD)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return new Member(JsonPath.read(body, "$.id"), username, "Ledamot " + username);
	}

	String organisation(String code) {
		return organisations.findByCode(code).map(OrganisationSummary::id).orElseThrow().toString();
	}

	String applicationJson(List<String> partners) {
		UUID call = calls.all().stream().filter(c -> c.programmeCode().equals("LUM") && c.year() == 2027)
			.findFirst().orElseThrow().id();
		return """
				{"callId":"%s","title":"Jävtest","contactName":"Test","contactEmail":"test@stockholm.example",
				 "targetGroup":"Unga","problem":"Problemet","goals":"Mål","method":"Metod","implementationPlan":"Plan",
				 "genderAnalysis":"Analys","requestedAmount":300000,"budgetLines":[{"description":"Lön","amount":300000}],
				 "priorityAreas":[],"partnerOrganisationIds":[%s],"startDate":"2027-02-01","endDate":"2027-11-30"}"""
			.formatted(call, partners.isEmpty() ? "" : "\"" + String.join("\",\"", partners) + "\"");
	}

	String submitted(List<String> partners) throws Exception {
		String body = mvc.perform(post("/api/v1/applications").with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(applicationJson(partners)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/v1/applications/" + id + "/submit").with(httpBasic("farsta", "demo")))
			.andExpect(status().isOk());
		return id;
	}

	void returnForCompletion(String application) throws Exception {
		mvc.perform(post("/api/v1/applications/" + application + "/return").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"Komplettera med samverkan.\"}"))
			.andExpect(status().isOk());
	}

	void resubmit(String application, List<String> partners) throws Exception {
		mvc.perform(put("/api/v1/applications/" + application).with(httpBasic("farsta", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content(applicationJson(partners)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/applications/" + application + "/submit").with(httpBasic("farsta", "demo")))
			.andExpect(status().isOk());
	}

	void assign(String application, String memberId) throws Exception {
		mvc.perform(post("/api/v1/assessments/" + application + "/council").with(httpBasic("handlaggare", "demo"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"memberIds\":[\"" + memberId + "\"]}"))
			.andExpect(status().isOk());
	}

	List<String> myAssignments(Member member) throws Exception {
		String body = mvc.perform(get("/api/v1/council/assignments").with(httpBasic(member.username(), PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$[*].applicationId");
	}

	private boolean assigned(String application, Member member) {
		return jdbc.sql("select count(*) from council_assignment where application_id = ? and member_id = ?")
			.param(UUID.fromString(application)).param(UUID.fromString(member.id())).query(Long.class).single() > 0;
	}
}
