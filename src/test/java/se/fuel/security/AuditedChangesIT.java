package se.fuel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditEvent;
import se.fuel.audit.AuditTrail;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * Every change path leaves an audit entry in the same transaction: who, when, the state before and after. Each test
 * acts through the pages or the API, as one of its own {@link People}, and then reads {@link AuditTrail#history}, as
 * the object's page does.
 */
@FuelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditedChangesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	TestData data;

	@Autowired
	FundCycle cycle;

	Fixtures fixtures;

	People people;

	int year;

	UUID lum;

	Instant started;

	@BeforeAll
	void peopleAndCall() throws Exception {
		fixtures = new Fixtures(mvc, users);
		people = People.of(data);
		year = cycle.year();
		lum = cycle.call(year);
	}

	@BeforeEach
	void setUp() {
		started = Instant.now().minus(Duration.ofMinutes(1));
	}

	List<String> actions(String type, String id) {
		return auditTrail.history(type, id).stream().map(AuditEvent::action).toList();
	}

	AuditEvent only(String type, String id, String action) {
		var found = auditTrail.history(type, id).stream().filter(e -> e.action().equals(action)).toList();
		assertThat(found).as(type + " " + id + " has one '" + action + "' entry").hasSize(1);
		AuditEvent event = found.get(0);
		assertThat(event.occurredAt()).as("when").isAfter(started).isBefore(Instant.now().plusSeconds(1));
		return event;
	}

	@Test
	void an_application_is_audited_when_created_updated_given_a_file_submitted_returned_and_resubmitted()
			throws Exception {
		String title = "Granskad " + Fixtures.unique();
		String id = fixtures.created(people.lead(), "/api/v1/applications",
				Fixtures.application(lum, year, title, 100_000, List.of()));
		mvc.perform(put("/api/v1/applications/" + id).with(httpBasic(people.lead(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(Fixtures.application(lum, year, title + " ändrad", 120_000, List.of())))
			.andExpect(status().isOk());
		fixtures.attachment(people.lead(), id);
		fixtures.submitted(people.lead(), id);
		mvc.perform(post("/api/v1/applications/" + id + "/return").with(httpBasic(people.officer(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"message\":\"Komplettera budgeten\"}"))
			.andExpect(status().isOk());
		fixtures.submitted(people.lead(), id);

		assertThat(actions("Application", id)).containsExactly("created", "updated", "attachment-added", "submitted",
				"returned", "resubmitted");
		var created = only("Application", id, "created");
		assertThat(created.actor()).isEqualTo(people.lead());
		assertThat(created.before()).isNull();
		assertThat(created.after()).contains(title).contains("DRAFT");
		var updated = only("Application", id, "updated");
		assertThat(updated.actor()).isEqualTo(people.lead());
		assertThat(updated.before()).contains("100000").doesNotContain("ändrad");
		assertThat(updated.after()).contains(title + " ändrad").contains("120000");
		var file = only("Application", id, "attachment-added");
		assertThat(file.actor()).isEqualTo(people.lead());
		assertThat(file.before()).isNull();
		assertThat(file.after()).contains("application/pdf").contains(".pdf");
		var submitted = only("Application", id, "submitted");
		assertThat(submitted.actor()).isEqualTo(people.lead());
		assertThat(submitted.before()).contains("DRAFT");
		assertThat(submitted.after()).contains("SUBMITTED").containsPattern("FoU " + year + "/\\d{4}");
		var returned = only("Application", id, "returned");
		assertThat(returned.actor()).isEqualTo(people.officer());
		assertThat(returned.before()).contains("SUBMITTED");
		assertThat(returned.after()).contains("RETURNED").contains("Komplettera budgeten");
		assertThat(only("Application", id, "resubmitted").actor()).isEqualTo(people.lead());
	}

	@Test
	void a_draft_made_on_the_pages_is_audited_when_created_updated_its_file_removed_and_withdrawn() throws Exception {
		String title = "Sidgranskad " + Fixtures.unique();
		String location = mvc.perform(post("/applications/new").param("callId", lum.toString())
			.param("title", title).param("action", "save").with(csrf()).with(users.as(people.lead())))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		mvc.perform(post("/applications/" + id + "/edit").param("title", title + " ändrad").param("action", "save")
			.with(csrf()).with(users.as(people.lead())))
			.andExpect(status().is3xxRedirection());
		String attachment = fixtures.attachment(people.lead(), id);
		mvc.perform(post("/applications/" + id + "/attachments/" + attachment + "/delete").with(csrf())
			.with(users.as(people.lead())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/applications/" + id + "/withdraw").with(csrf()).with(users.as(people.lead())))
			.andExpect(status().is3xxRedirection());

		assertThat(actions("Application", id)).containsExactly("created", "updated", "attachment-added",
				"attachment-removed", "withdrawn");
		assertThat(auditTrail.history("Application", id)).extracting(AuditEvent::actor).containsOnly(people.lead());
		assertThat(only("Application", id, "updated").after()).contains(title + " ändrad");
		var removed = only("Application", id, "attachment-removed");
		assertThat(removed.before()).contains(attachment);
		assertThat(removed.after()).isNull();
		var withdrawn = only("Application", id, "withdrawn");
		assertThat(withdrawn.before()).contains("DRAFT");
		assertThat(withdrawn.after()).contains("WITHDRAWN");
	}

	@Test
	void a_refused_change_changes_nothing_and_leaves_no_audit_entry() throws Exception {
		String title = "Orörd " + Fixtures.unique();
		String id = fixtures.created(people.lead(), "/api/v1/applications",
				Fixtures.application(lum, year, title, 100_000, List.of()));
		String attempt = Fixtures.application(lum, year, "Kapad", 1, List.of());
		for (String user : List.of("other", "officer", "council", "reader")) {
			mvc.perform(put("/api/v1/applications/" + id).with(httpBasic(people.username(user), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(attempt))
				.andExpect(status().is4xxClientError());
			mvc.perform(post("/api/v1/applications/" + id + "/withdraw")
				.with(httpBasic(people.username(user), TestData.PASSWORD)))
				.andExpect(status().is4xxClientError());
			mvc.perform(post("/applications/" + id + "/edit").param("title", "Kapad").param("action", "submit")
				.with(csrf()).with(users.as(people.username(user))))
				.andExpect(status().is4xxClientError());
		}
		assertThat(actions("Application", id)).containsExactly("created");
		mvc.perform(get("/api/v1/applications/" + id).with(httpBasic(people.lead(), TestData.PASSWORD)))
			.andExpect(jsonPath("$.title").value(title))
			.andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void a_call_is_audited_when_created_updated_and_published() throws Exception {
		String title = "Granskad utlysning " + Fixtures.unique();
		int callYear = cycle.undecidedYear();
		String id = fixtures.created(people.officer(), "/api/v1/calls", Fixtures.call(title, callYear, false));
		mvc.perform(put("/api/v1/calls/" + id).with(httpBasic(people.admin(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(Fixtures.call(title + " ändrad", callYear, false)))
			.andExpect(status().isOk());
		mvc.perform(post("/calls/" + id + "/publish").param("published", "true").with(csrf())
			.with(users.as(people.officer())))
			.andExpect(status().is3xxRedirection());

		assertThat(actions("Call", id)).containsExactly("created", "updated", "published");
		var created = only("Call", id, "created");
		assertThat(created.actor()).isEqualTo(people.officer());
		assertThat(created.before()).isNull();
		assertThat(created.after()).contains(title);
		var updated = only("Call", id, "updated");
		assertThat(updated.actor()).isEqualTo(people.admin());
		assertThat(updated.before()).contains(title).doesNotContain("ändrad");
		assertThat(updated.after()).contains(title + " ändrad");
		var published = only("Call", id, "published");
		assertThat(published.actor()).isEqualTo(people.officer());
		assertThat(published.before()).containsPattern("\"published\":\\s*false");
		assertThat(published.after()).containsPattern("\"published\":\\s*true");
	}

	@Test
	void a_programme_is_audited_when_added() throws Exception {
		String code = "G" + Fixtures.unique().substring(0, 6);
		String id = fixtures.created(people.officer(), "/api/v1/programmes",
				"{\"code\":\"" + code + "\",\"name\":\"Granskat program\",\"form\":\"PROJECT\"}");
		var created = only("Programme", id, "created");
		assertThat(created.actor()).isEqualTo(people.officer());
		assertThat(created.before()).isNull();
		assertThat(created.after()).contains(code);
	}

	@Test
	void an_organisation_is_audited_when_created_and_updated() throws Exception {
		String code = "gr-" + Fixtures.unique();
		String id = fixtures.created(people.officer(), "/api/v1/organisations",
				Fixtures.organisation(code, "Granskade föreningen"));
		mvc.perform(put("/api/v1/organisations/" + id).with(httpBasic(people.admin(), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(Fixtures.organisation(code, "Omdöpta föreningen")))
			.andExpect(status().isOk());

		assertThat(actions("Organisation", id)).containsExactly("created", "updated");
		var created = only("Organisation", id, "created");
		assertThat(created.actor()).isEqualTo(people.officer());
		assertThat(created.before()).isNull();
		assertThat(created.after()).contains("Granskade föreningen");
		var updated = only("Organisation", id, "updated");
		assertThat(updated.actor()).isEqualTo(people.admin());
		assertThat(updated.before()).contains("Granskade föreningen");
		assertThat(updated.after()).contains("Omdöpta föreningen");
	}

	@Test
	void a_user_account_is_audited_when_created_and_updated() throws Exception {
		UUID lead = people.leadDistrict();
		UUID other = people.otherDistrict();
		String username = "granskad." + Fixtures.unique();
		String id = fixtures.created(people.admin(), "/api/v1/users", Fixtures.user(username, lead));
		mvc.perform(post("/admin/users/" + id).with(csrf()).with(users.as(people.admin()))
			.param("displayName", "Omdöpt Granskad").param("role", "READER").param("enabled", "true")
			.param("organisationId", other.toString()))
			.andExpect(status().is3xxRedirection());

		assertThat(actions("UserAccount", id)).containsExactly("created", "updated");
		var created = only("UserAccount", id, "created");
		assertThat(created.actor()).isEqualTo(people.admin());
		assertThat(created.before()).isNull();
		assertThat(created.after()).contains(username).contains("APPLICANT").contains(lead.toString());
		var updated = only("UserAccount", id, "updated");
		assertThat(updated.actor()).isEqualTo(people.admin());
		assertThat(updated.before()).contains("APPLICANT").contains(lead.toString());
		assertThat(updated.after()).contains("Omdöpt Granskad").contains("READER").contains(other.toString());
	}
}
