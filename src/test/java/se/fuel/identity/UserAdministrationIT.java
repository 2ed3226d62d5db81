package se.fuel.identity;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.audit.AuditTrail;
import se.fuel.organisations.Organisations;
import se.fuel.testdata.TestData;

@FuelIntegrationTest
class UserAdministrationIT {

	static final String PASSWORD = "korrekt häst batteri";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Organisations organisations;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	Identity identity;

	String admin;

	/** A district of the test's own, and its name as the pages show it. */
	UUID district;

	String districtName;

	@BeforeEach
	void anAdminAndADistrict() {
		admin = data.admin();
		district = data.district();
		districtName = organisations.find(district).orElseThrow().name();
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	String createUser(String username, String role) throws Exception {
		String location = mvc.perform(post("/admin/users").with(csrf()).with(users.as(admin))
				.param("username", username).param("displayName", "Sara Skarpnäck " + username)
				.param("email", username + "@stockholm.se").param("phone", "08-508 000 00")
				.param("role", role).param("organisationId", district.toString())
				.param("password", PASSWORD))
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andReturn().getResponse().getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	MockHttpSession login(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", password)
				.with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn().getRequest().getSession();
	}

	@Test
	void an_admin_creates_a_user_who_then_signs_in_and_sees_organisation_and_role() throws Exception {
		String username = "sara." + unique();
		String id = createUser(username, "COUNCIL");

		mvc.perform(get("/admin/users").with(users.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(username)))
			.andExpect(content().string(containsString("FoU-rådet")))
			.andExpect(content().string(containsString(districtName)));
		mvc.perform(get("/admin/users/" + id).with(users.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Händelser")))
			.andExpect(content().string(containsString("<td class=\"govuk-table__cell\">" + admin + "</td>")));

		var session = login(username, PASSWORD);
		mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sara Skarpnäck " + username)))
			.andExpect(content().string(containsString(districtName)))
			.andExpect(content().string(containsString("FoU-rådet")));
	}

	@Test
	void an_admin_changes_role_and_organisation_and_resets_the_password() throws Exception {
		String username = "byte." + unique();
		String id = createUser(username, "APPLICANT");
		var other = organisations.find(data.district()).orElseThrow();
		mvc.perform(post("/admin/users/" + id).with(csrf()).with(users.as(admin))
				.param("displayName", "Bo Bytare").param("email", "").param("phone", "").param("title", "Enhetschef")
				.param("role", "READER").param("organisationId", other.id().toString()).param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(post("/admin/users/" + id + "/password").with(csrf()).with(users.as(admin))
				.param("password", "ett helt nytt lösenord"))
			.andExpect(redirectedUrl("/admin/users/" + id));

		mvc.perform(get("/admin/users/" + id).with(users.as(admin)))
			.andExpect(content().string(containsString("Bo Bytare")))
			.andExpect(content().string(containsString("Enhetschef")))
			.andExpect(content().string(containsString("Läsare")))
			.andExpect(content().string(containsString(other.name())));
		assertThat(auditTrail.history("UserAccount", id)).extracting(e -> e.action())
			.containsExactly("created", "updated", "password-reset");
		login(username, "ett helt nytt lösenord");
		mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void an_admin_sets_a_new_password_through_the_api_and_a_too_short_one_is_refused_naming_the_field()
			throws Exception {
		String username = "api." + unique();
		String id = createUser(username, "READER");
		String password = "/api/v1/users/" + id + "/password";
		mvc.perform(put(password).with(httpBasic(admin, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"password\":\"kort\"}"))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.violations[0].field").value("password"));
		mvc.perform(put(password).with(httpBasic(admin, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"password\":\"ett nytt lösenord från API:t\"}"))
			.andExpect(status().isNoContent());

		assertThat(auditTrail.history("UserAccount", id)).extracting(e -> e.action())
			.containsExactly("created", "password-reset");
		login(username, "ett nytt lösenord från API:t");
		mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void a_signed_in_user_whose_account_is_changed_is_signed_out_and_told_why() throws Exception {
		String username = "andrad." + unique();
		String id = createUser(username, "APPLICANT");
		var session = login(username, PASSWORD);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		mvc.perform(post("/admin/users/" + id).with(csrf()).with(users.as(admin))
				.param("displayName", "Ändrad").param("role", "READER").param("enabled", "true")
				.param("organisationId", district.toString()))
			.andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/login").param("expired", ""))
			.andExpect(content().string(containsString("Du har loggats ut eftersom en administratör har ändrat ditt konto")));
		mvc.perform(get("/").session(login(username, PASSWORD)))
			.andExpect(content().string(containsString("Läsare")));
	}

	@Test
	void a_disabled_account_cannot_sign_in() throws Exception {
		String username = "stangd." + unique();
		String id = createUser(username, "APPLICANT");
		mvc.perform(post("/admin/users/" + id).with(csrf()).with(users.as(admin))
				.param("displayName", "Stängd").param("role", "APPLICANT")
				.param("organisationId", district.toString()))
			.andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void the_password_hash_never_reaches_the_audit_trail() throws Exception {
		String username = "hemlig." + unique();
		String id = createUser(username, "APPLICANT");
		mvc.perform(post("/admin/users/" + id + "/password").with(csrf()).with(users.as(admin))
				.param("password", "ännu ett långt lösenord"));
		var events = auditTrail.history("UserAccount", id);
		assertThat(events).isNotEmpty();
		assertThat(events).allSatisfy(e -> {
			assertThat(String.valueOf(e.before()) + e.after()).doesNotContain("bcrypt", "$2a$", "assword");
		});
		long leaks = jdbc.sql("""
				select count(*) from audit_entry where coalesce(before_state::text, '') || coalesce(after_state::text, '')
				like '%bcrypt%' or coalesce(before_state::text, '') || coalesce(after_state::text, '') ilike '%passwordhash%'""")
			.query(Long.class).single();
		assertThat(leaks).isZero();
	}

	@Test
	void a_rejected_form_explains_each_rule_in_swedish_and_keeps_all_but_the_password() throws Exception {
		mvc.perform(post("/admin/users").with(csrf()).with(users.as(admin))
				.param("username", "Fel Namn").param("displayName", "").param("email", "inte-en-adress")
				.param("role", "").param("organisationId", "").param("password", "kort"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("href=\"#username\"")))
			.andExpect(content().string(containsString("Användarnamn får bara innehålla små bokstäver")))
			.andExpect(content().string(containsString("Namn måste anges")))
			.andExpect(content().string(containsString("E-post måste vara en e-postadress")))
			.andExpect(content().string(containsString("Roll måste väljas.")))
			.andExpect(content().string(containsString("Organisation måste väljas.")))
			.andExpect(content().string(containsString("Lösenord måste vara minst 12 tecken")))
			.andExpect(content().string(containsString("value=\"Fel Namn\"")))
			.andExpect(content().string(containsString("value=\"inte-en-adress\"")))
			.andExpect(content().string(not(containsString("value=\"kort\""))));
		String taken = data.applicant(district);
		mvc.perform(post("/admin/users").with(csrf()).with(users.as(admin))
				.param("username", taken).param("displayName", "Dubblett").param("role", "APPLICANT")
				.param("organisationId", district.toString())
				.param("password", PASSWORD))
			.andExpect(content().string(containsString("Användarnamnet ”" + taken + "” är redan upptaget")));
	}

	@Test
	void an_organisation_that_has_ended_cannot_be_chosen_for_a_new_user() throws Exception {
		var rinkeby = organisations.findByCode("rinkeby").orElseThrow();
		mvc.perform(post("/admin/users").with(csrf()).with(users.as(admin))
				.param("username", "gammal." + unique()).param("displayName", "Gammal").param("role", "APPLICANT")
				.param("organisationId", rinkeby.id().toString()).param("password", PASSWORD))
			.andExpect(content().string(containsString("Rinkeby finns inte längre. Välj Järva")));
		mvc.perform(get("/admin/users/new").with(users.as(admin)))
			.andExpect(content().string(containsString(">Järva<")))
			.andExpect(content().string(not(containsString(">Rinkeby<"))));
	}

	@Test
	void an_admin_cannot_take_away_their_own_admin_role() throws Exception {
		var me = data.as(admin, identity::current);
		mvc.perform(post("/admin/users/" + me.userId()).with(csrf()).with(users.as(admin))
				.param("displayName", "Ada Administratör").param("role", "READER").param("enabled", "true")
				.param("organisationId", me.organisationId().toString()))
			.andExpect(content().string(containsString("du kan inte ta bort din egen administratörsroll")));
	}

	@Test
	void nobody_but_an_admin_reaches_user_administration() throws Exception {
		String applicant = data.applicant(district);
		var farstaUser = data.as(applicant, identity::current).userId();
		for (String who : new String[] { applicant, data.officer(), data.reader(), data.council(district),
				data.attestant() }) {
			mvc.perform(get("/admin/users").with(users.as(who))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/users/new").with(users.as(who))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/users/" + farstaUser).with(users.as(who))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/users/" + farstaUser + "/edit").with(users.as(who))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/users/" + farstaUser + "/password").with(users.as(who)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/users").with(csrf()).with(users.as(who)).param("username", "x" + unique()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/users/" + farstaUser).with(csrf()).with(users.as(who)).param("role", "ADMIN"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/users/" + farstaUser + "/password").with(csrf()).with(users.as(who))
					.param("password", "ett kapat lösenord"))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/users").with(httpBasic(who, TestData.PASSWORD))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/users/" + farstaUser).with(httpBasic(who, TestData.PASSWORD))).andExpect(status().isForbidden());
		}
		login(applicant, TestData.PASSWORD);
		mvc.perform(post("/api/v1/users").with(httpBasic(data.officer(), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"smyg","displayName":"Smyg","role":"ADMIN","organisationId":"%s","password":"%s"}"""
					.formatted(district, PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void an_admin_lists_and_creates_users_through_the_api_without_any_password_in_the_answer() throws Exception {
		String username = "api." + unique();
		mvc.perform(post("/api/v1/users").with(httpBasic(admin, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"%s","displayName":"Api Användare","role":"APPLICANT","organisationId":"%s","password":"%s"}"""
					.formatted(username, district, PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.organisationName").value(districtName))
			.andExpect(content().string(not(containsString("assword"))));
		mvc.perform(get("/api/v1/users").with(httpBasic(admin, TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username", hasItem(username)))
			.andExpect(content().string(not(containsString("bcrypt"))));
		mvc.perform(post("/api/v1/users").with(httpBasic(admin, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"%s","displayName":"","role":"APPLICANT","organisationId":"%s","password":"kort"}"""
					.formatted(username, district)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("unique")))
			.andExpect(jsonPath("$.violations[*].field", hasItem("password")));
		httpBasicWorksFor(username);
	}

	void httpBasicWorksFor(String username) throws Exception {
		mvc.perform(get("/api/v1/organisations").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void signing_out_shows_the_swedish_signed_out_page() throws Exception {
		var session = login(data.applicant(district), TestData.PASSWORD);
		mvc.perform(post("/logout").session(session).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
		mvc.perform(get("/login").param("logout", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Du är utloggad.")));
		mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
	}
}
