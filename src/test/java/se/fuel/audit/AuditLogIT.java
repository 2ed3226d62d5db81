package se.fuel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.applications.ApplicationContent;
import se.fuel.applications.Applications;
import se.fuel.common.SwedishFormat;
import se.fuel.events.CompetenceEvents;
import se.fuel.events.EventInput;
import se.fuel.events.EventKind;
import se.fuel.identity.Identity;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The walk of issue 15: an auditor lists everything an officer changed that day, on the page, as CSV and in the API,
 * filtered and paged; and an applicant reads her application's history in words while the officer keeps the detail.
 * Each officer and applicant is the test's own, so the log holds exactly their changes.
 */
@FuelIntegrationTest
class AuditLogIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	@Autowired
	CompetenceEvents events;

	@Autowired
	Applications applications;

	@Autowired
	Identity identity;

	@Autowired
	Clock clock;

	static EventInput seminar(String title) {
		return new EventInput(LocalDate.of(2027, 3, 1), title, EventKind.SEMINAR, "FoU-enheten", null, null, List.of(),
				12, null);
	}

	@Test
	void anAuditorListsEverythingAnOfficerChangedThatDayOnThePageAsCsvAndInTheApi() throws Exception {
		String officer = data.officer();
		String someoneElse = data.officer();
		UUID first = data.as(officer, () -> events.register(seminar("Loggen ett " + UUID.randomUUID()))).id();
		UUID second = data.as(officer, () -> events.register(seminar("Loggen två " + UUID.randomUUID()))).id();
		data.as(officer, () -> events.update(second, seminar("Loggen två, ändrad"), null));
		UUID notTheirs = data.as(someoneElse, () -> events.register(seminar("Någon annans " + UUID.randomUUID()))).id();
		String today = SwedishFormat.date(clock.instant());
		String auditor = data.reader();

		String page = text(mvc.perform(get("/audit").param("actor", officer).param("from", today).param("to", today)
			.with(users.as(auditor))).andExpect(status().isOk()));
		assertThat(page).contains(first.toString(), second.toString(), "skapad", "ändrad")
			.doesNotContain(notTheirs.toString())
			.contains("/audit/CompetenceEvent/" + second);
		String updates = text(mvc.perform(get("/audit").param("actor", officer).param("action", "updated")
			.with(users.as(data.admin()))).andExpect(status().isOk()));
		assertThat(updates).contains(second.toString()).doesNotContain(first.toString());

		String csv = text(mvc.perform(get("/audit.csv").param("actor", officer).param("from", today)
			.with(users.as(data.admin()))).andExpect(status().isOk()));
		assertThat(csv.lines().skip(1).toList()).hasSize(3)
			.allMatch(line -> line.contains(";" + officer + ";") && line.contains(";CompetenceEvent;"));
		assertThat(csv).contains(";ändrad;updated;CompetenceEvent;" + second);

		String json = text(mvc.perform(get("/api/v1/audit").param("actor", officer).param("from", today)
			.with(httpBasic(auditor, TestData.PASSWORD))).andExpect(status().isOk()));
		assertThat(JsonPath.<List<String>>read(json, "$.entries[*].objectId"))
			.containsExactly(second.toString(), second.toString(), first.toString());
		assertThat(JsonPath.<List<String>>read(json, "$.entries[*].action")).containsExactly("updated", "created",
				"created");
		assertThat(JsonPath.<Object>read(json, "$.next")).isNull();
		// The next page by keyset: the entries after the newest one.
		long newest = JsonPath.<Number>read(json, "$.entries[0].id").longValue();
		String after = text(mvc.perform(get("/api/v1/audit").param("actor", officer).param("before", "" + newest)
			.with(httpBasic(auditor, TestData.PASSWORD))).andExpect(status().isOk()));
		assertThat(JsonPath.<List<String>>read(after, "$.entries[*].objectId"))
			.containsExactly(second.toString(), first.toString());

		mvc.perform(get("/audit").with(users.as(officer))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit").param("from", "igår").with(httpBasic(auditor, TestData.PASSWORD)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void anApplicantReadsHerApplicationsHistoryInWordsAndTheOfficerTheDetail() throws Exception {
		int year = cycle.year();
		String applicant = data.applicant(data.district());
		UUID call = cycle.call(year);
		UUID application = cycle.draft(applicant, call, year, "Orden " + UUID.randomUUID(), 200_000);
		data.run(applicant, () -> {
			var details = applications.find(application);
			var c = details.content();
			applications.update(application, new ApplicationContent(c.title(), c.contactName(), c.contactEmail(),
					c.contactPhone(), c.texts(), c.priorityAreas(), List.of(new ApplicationContent.Line("Lön", 250_000)),
					250_000L, c.startDate(), c.endDate(), c.partnerOrganisationIds(), c.destination(),
					c.participantCount(), c.participantRoles(), c.notCourseOrConference()), details.version());
		});
		String name = data.as(applicant, identity::current).displayName();

		String own = text(mvc.perform(get("/applications/" + application).with(users.as(applicant)))
			.andExpect(status().isOk()));
		assertThat(own).contains(name + ": skapad", name + ": ändrad")
			.contains("ändrade: Sökt belopp 200\u00a0000\u00a0kronor → 250\u00a0000\u00a0kronor", "ändrade: Budget")
			.doesNotContain("&quot;requestedAmount&quot;");

		String officers = text(mvc.perform(get("/applications/" + application).with(users.as(cycle.officer())))
			.andExpect(status().isOk()));
		assertThat(officers).contains("&quot;requestedAmount&quot;").doesNotContain("ändrade: Sökt belopp");
	}

	private static String text(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
