package se.fuel.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
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
import se.fuel.audit.AuditTrail;
import se.fuel.assessment.AssessmentFixture.Call;
import se.fuel.assessment.AssessmentFixture.Member;
import se.fuel.testdata.TestData;

/**
 * Issue 13: a council assignment that a later change makes jäv is withdrawn at that change, with a note for the
 * officer, and leaves the member's "Mina granskningar".
 */
@FuelIntegrationTest
class CouncilJavWithdrawalIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	AssessmentFixture fixture;

	Call call;

	String officer;

	/** The applying district and its applicant. */
	UUID farsta;

	String applicant;

	@BeforeEach
	void setUp() throws Exception {
		fixture = new AssessmentFixture(mvc, context);
		call = fixture.callSharedBy(CouncilJavWithdrawalIT.class);
		officer = fixture.officer();
		farsta = data.district();
		applicant = data.applicant(farsta);
	}

	@Test
	void an_assignment_is_withdrawn_when_the_application_is_sent_in_again_with_the_members_organisation_as_partner()
			throws Exception {
		UUID norrmalm = data.district();
		Member member = fixture.member(norrmalm);
		String application = submitted();
		assign(application, member.id());
		assertThat(myAssignments(member)).contains(application);

		returnForCompletion(application);
		fixture.resubmitted(applicant, application, call, "Jävtest", List.of(norrmalm));

		assertThat(assigned(application, member)).isFalse();
		assertThat(myAssignments(member)).doesNotContain(application);
		mvc.perform(get("/council").with(users.as(member.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(application))));
		mvc.perform(get("/assessments/" + application).with(users.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tilldelningen av " + member.displayName()
					+ " återkallades automatiskt")))
			.andExpect(content().string(containsString("är samverkanspartner i ansökan, så ledamoten är jävig")));
		assertThat(audit.history("CouncilReview", UUID.fromString(application)))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("withdrawn-conflict"));
	}

	@Test
	void the_officer_assigns_another_member_after_a_withdrawal_but_not_the_member_with_jav() throws Exception {
		UUID norrmalm = data.district();
		Member conflicted = fixture.member(norrmalm);
		Member other = fixture.member(data.district());
		String application = submitted();
		assign(application, conflicted.id());
		returnForCompletion(application);
		fixture.resubmitted(applicant, application, call, "Jävtest", List.of(norrmalm));

		assign(application, other.id());
		assertThat(myAssignments(other)).contains(application);
		mvc.perform(post("/api/v1/assessments/" + application + "/council").with(api(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"memberIds\":[\"" + other.id() + "\",\"" + conflicted.id() + "\"]}"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void an_assignment_without_jav_stays_when_the_application_is_sent_in_again() throws Exception {
		Member member = fixture.member(data.district());
		String application = submitted();
		assign(application, member.id());

		returnForCompletion(application);
		fixture.resubmitted(applicant, application, call, "Jävtest", List.of(data.district()));

		assertThat(assigned(application, member)).isTrue();
		assertThat(myAssignments(member)).contains(application);
		assertThat(audit.history("CouncilReview", UUID.fromString(application)))
			.noneSatisfy(e -> assertThat(e.action()).isEqualTo("withdrawn-conflict"));
	}

	@Test
	void a_member_moved_to_the_applying_organisation_loses_the_assignment_with_a_note() throws Exception {
		Member member = fixture.member(data.district());
		String application = submitted();
		assign(application, member.id());

		mvc.perform(post("/admin/users/" + member.id()).with(csrf()).with(users.as(data.admin()))
				.param("displayName", member.displayName()).param("email", member.username() + "@stockholm.example")
				.param("phone", "").param("title", "").param("role", "COUNCIL")
				.param("organisationId", farsta.toString()).param("enabled", "true"))
			.andExpect(status().is3xxRedirection());

		assertThat(assigned(application, member)).isFalse();
		mvc.perform(get("/assessments/" + application).with(users.as(officer)))
			.andExpect(content().string(containsString("söker ansökan, så ledamoten är jävig")));
	}

	static RequestPostProcessor api(String username) {
		return httpBasic(username, TestData.PASSWORD);
	}

	String submitted() throws Exception {
		return fixture.submitted(applicant, call, "Jävtest", "Problemet", 300_000, List.of());
	}

	void returnForCompletion(String application) throws Exception {
		mvc.perform(post("/api/v1/applications/" + application + "/return").with(api(officer))
			.contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"Komplettera med samverkan.\"}"))
			.andExpect(status().isOk());
	}

	void assign(String application, String memberId) throws Exception {
		mvc.perform(post("/api/v1/assessments/" + application + "/council").with(api(officer))
			.contentType(MediaType.APPLICATION_JSON).content("{\"memberIds\":[\"" + memberId + "\"]}"))
			.andExpect(status().isOk());
	}

	List<String> myAssignments(Member member) throws Exception {
		String body = mvc.perform(get("/api/v1/council/assignments").with(api(member.username())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$[*].applicationId");
	}

	private boolean assigned(String application, Member member) {
		return jdbc.sql("select count(*) from council_assignment where application_id = ? and member_id = ?")
			.param(UUID.fromString(application)).param(UUID.fromString(member.id())).query(Long.class).single() > 0;
	}
}
