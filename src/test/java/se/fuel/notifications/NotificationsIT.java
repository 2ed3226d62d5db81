package se.fuel.notifications;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.identity.Identity;
import se.fuel.mail.MailKind;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The whole way of a notification: an officer's act, the event, the applicant's bell and list, the API, and the
 * choice in E-postval; and nobody else sees it.
 */
@FuelIntegrationTest
class NotificationsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	Identity identity;

	@Test
	void anApplicantSeesTheCommitteesDecisionBehindHerBellAndMarksItReadWhileNobodyElseSeesIt() throws Exception {
		String title = "Aviserat beslut " + UUID.randomUUID();
		FundCycle.Granted granted = cycle.granted(title, 150_000);
		String applicant = granted.applicant();
		String stranger = data.applicant(data.district());

		mvc.perform(get("/").with(users.as(applicant)))
			.andExpect(content().string(containsString("1 oläst avisering")));
		mvc.perform(get("/notifications").with(users.as(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nämnden har beviljat ansökan")))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("href=\"/applications/" + granted.applicationId() + "\"")));
		String id = JsonPath.read(api(applicant)
			.andExpect(jsonPath("$.unread").value(1))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.notifications[0].kind").value("DECISION_OUTCOME"))
			.andExpect(jsonPath("$.notifications[0].text").value(containsString(title)))
			.andExpect(jsonPath("$.notifications[0].link").value("/applications/" + granted.applicationId()))
			.andReturn().getResponse().getContentAsString(), "$.notifications[0].id");

		api(stranger).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/notifications").with(users.as(stranger)))
			.andExpect(content().string(not(containsString(title))))
			.andExpect(content().string(containsString("Inga olästa aviseringar")));
		mvc.perform(post("/api/v1/notifications/" + id + "/read").with(httpBasic(stranger, TestData.PASSWORD)))
			.andExpect(status().isNotFound());
		api(applicant).andExpect(jsonPath("$.unread").value(1));

		mvc.perform(post("/notifications/" + id + "/read").param("page", "1").with(users.as(applicant)).with(csrf()))
			.andExpect(redirectedUrl("/notifications?page=1"));
		api(applicant)
			.andExpect(jsonPath("$.unread").value(0))
			.andExpect(jsonPath("$.notifications[0].readAt").value(not(nullValue())));
		mvc.perform(get("/").with(users.as(applicant)))
			.andExpect(content().string(containsString("Inga olästa aviseringar")));
	}

	@Test
	void aReturnedApplicationReachesTheDistrictsApplicantsExceptOneWhoTurnedItOffInEPostval() throws Exception {
		UUID district = data.district();
		String wants = data.applicant(district);
		String optedOut = data.applicant(district);
		mvc.perform(post("/account/mail").with(users.as(optedOut)).with(csrf())
			.param("kinds", Arrays.stream(MailKind.values())
				.filter(k -> k != MailKind.RETURNED_FOR_COMPLETION).map(Enum::name).toArray(String[]::new)))
			.andExpect(status().is3xxRedirection());
		int year = cycle.year();
		UUID application = cycle.submitted(wants, cycle.call(year), year, "Åter " + UUID.randomUUID(), 90_000);

		mvc.perform(post("/api/v1/applications/" + application + "/return")
			.with(httpBasic(cycle.officer(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"Budgeten saknas.\"}"))
			.andExpect(status().isOk());

		api(wants)
			.andExpect(jsonPath("$.unread").value(1))
			.andExpect(jsonPath("$.notifications[0].kind").value("RETURNED_FOR_COMPLETION"))
			.andExpect(jsonPath("$.notifications[0].text").value(containsString("har skickats tillbaka")));
		api(optedOut).andExpect(jsonPath("$.total").value(0));

		mvc.perform(post("/notifications/read").with(users.as(wants)).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		api(wants).andExpect(jsonPath("$.unread").value(0)).andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aCouncilMemberIsLedToTheApplicationAnOfficerAssignedToThem() throws Exception {
		int year = cycle.year();
		UUID application = cycle.submitted(data.applicant(data.district()), cycle.call(year), year,
				"Granskas " + UUID.randomUUID(), 80_000);
		String member = data.council(data.district());
		UUID memberId = data.as(member, identity::current).userId();

		mvc.perform(post("/api/v1/assessments/" + application + "/council")
			.with(httpBasic(cycle.officer(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"memberIds\":[\"" + memberId + "\"]}"))
			.andExpect(status().isOk());

		api(member)
			.andExpect(jsonPath("$.unread").value(1))
			.andExpect(jsonPath("$.notifications[0].kind").value("COUNCIL_ASSIGNMENT"))
			.andExpect(jsonPath("$.notifications[0].link").value("/council/" + application));
	}

	private ResultActions api(String username) throws Exception {
		return mvc.perform(get("/api/v1/notifications").with(httpBasic(username, TestData.PASSWORD)))
			.andExpect(status().isOk());
	}
}
