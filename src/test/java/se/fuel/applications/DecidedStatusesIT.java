package se.fuel.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditTrail;
import se.fuel.decisions.Allocations;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * Once the committee has decided, an application says what was decided (granted, partially granted, rejected) in the
 * applicant's list, on its tag, in the API and in the officer's status filter, instead of "submitted".
 */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecidedStatusesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	Allocations allocations;

	@Autowired
	AuditTrail audit;

	String applicant;

	UUID granted;

	UUID partly;

	UUID rejected;

	UUID undecided;

	@BeforeAll
	void aDecidedRoundAndAnApplicationOfALaterCall() throws Exception {
		int year = cycle.year();
		UUID call = cycle.call(year);
		applicant = data.applicant(data.district());
		granted = cycle.submitted(applicant, call, year, "Hela beloppet", 100_000);
		partly = cycle.submitted(applicant, call, year, "Halva beloppet", 200_000);
		rejected = cycle.submitted(applicant, call, year, "Inget belopp", 50_000);
		cycle.recommendGrant(granted);
		cycle.recommendGrant(partly);
		cycle.recommendRejection(rejected);
		data.as(cycle.officer(), () -> allocations.changeAmount(year, partly, 100_000, null));
		cycle.decide(year, "§ 4");
		int later = cycle.year();
		undecided = cycle.submitted(applicant, cycle.call(later), later, "Inte beslutad än", 10_000);
	}

	@Test
	void theApiTellsEachApplicationsDecisionAndLeavesTheUndecidedSubmitted() throws Exception {
		for (var expected : new Object[][] { { granted, "GRANTED" }, { partly, "PARTIALLY_GRANTED" },
				{ rejected, "REJECTED" }, { undecided, "SUBMITTED" } }) {
			mvc.perform(get("/api/v1/applications/" + expected[0]).with(httpBasic(applicant, TestData.PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value(expected[1]));
		}
	}

	@Test
	void theApplicantsListShowsBeviljadDelvisBeviljadAndAvslagenInSwedishAndEnglish() throws Exception {
		String swedish = page("/applications", "sv");
		assertThat(tagOf(swedish, "Hela beloppet")).isEqualTo("Beviljad");
		assertThat(tagOf(swedish, "Halva beloppet")).isEqualTo("Delvis beviljad");
		assertThat(tagOf(swedish, "Inget belopp")).isEqualTo("Avslagen");
		assertThat(tagOf(swedish, "Inte beslutad än")).isEqualTo("Inskickad");

		String english = page("/applications", "en");
		assertThat(tagOf(english, "Hela beloppet")).isEqualTo("Granted");
		assertThat(tagOf(english, "Halva beloppet")).isEqualTo("Partially granted");
		assertThat(tagOf(english, "Inget belopp")).isEqualTo("Rejected");
	}

	@Test
	void theApplicationsOwnPageShowsItsDecisionOnTheTag() throws Exception {
		assertThat(page("/applications/" + partly, "sv")).contains(">Delvis beviljad</strong>");
		assertThat(page("/applications/" + rejected, "sv")).contains(">Avslagen</strong>");
	}

	@Test
	void theOfficerFiltersByEveryStatusTheDecidedOnesIncluded() throws Exception {
		String officer = cycle.officer();
		String filter = mvc.perform(get("/applications").with(users.as(officer))).andReturn().getResponse()
			.getContentAsString();
		for (var status : ApplicationStatus.values()) {
			assertThat(filter).as("the status filter offers %s", status).contains("value=\"" + status.name() + "\"");
		}
		mvc.perform(get("/api/v1/applications").param("status", "REJECTED").with(httpBasic(officer, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '%s')]".formatted(rejected)).exists())
			.andExpect(jsonPath("$[?(@.id == '%s')]".formatted(granted)).doesNotExist())
			.andExpect(jsonPath("$[?(@.id == '%s')]".formatted(undecided)).doesNotExist());
	}

	@Test
	void theDecisionIsAnAuditedChangeOfTheApplicationByTheOfficerWhoRecordedIt() {
		var decided = audit.history("Application", rejected).stream()
			.filter(e -> e.action().equals("decided"))
			.toList();

		assertThat(decided).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo(cycle.officer());
			assertThat(e.before()).contains("SUBMITTED");
			assertThat(e.after()).contains("REJECTED");
		});
	}

	private String page(String path, String language) throws Exception {
		return mvc.perform(get(path).param("lang", language).with(users.as(applicant))).andReturn().getResponse()
			.getContentAsString();
	}

	/** The text of the status tag in the list row whose title is given. */
	private static String tagOf(String html, String title) {
		int row = html.indexOf(">" + title + "<");
		assertThat(row).as("a row titled %s", title).isPositive();
		int tag = html.indexOf("govuk-tag", row);
		int start = html.indexOf('>', tag) + 1;
		return html.substring(start, html.indexOf('<', start)).strip();
	}
}
