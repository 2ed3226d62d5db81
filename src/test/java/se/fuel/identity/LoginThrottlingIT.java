package se.fuel.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.fuel.FuelIntegrationTest;
import se.fuel.testdata.TestData;

/**
 * Failed sign-ins are throttled per account and per address, on the login form and on the API's HTTP Basic. Each test
 * signs in from addresses (documentation ranges) and accounts of its own, so that no other test's users or 127.0.0.1
 * are paused. The pause's length and its end are {@code LoginThrottleTests}'. Most of the time here is the password
 * hash that each checked attempt costs, by design; no test waits for a pause to end.
 */
@FuelIntegrationTest
class LoginThrottlingIT {

	static final String PASSWORD = TestData.PASSWORD;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	String createUser() {
		return data.applicant(data.district());
	}

	ResultActions signIn(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(from(address)));
	}

	@Test
	void thirty_wrong_passwords_on_the_login_form_are_throttled_with_a_swedish_message() throws Exception {
		String username = createUser();
		for (int i = 1; i <= 4; i++) {
			signIn(username, "fel " + i, "192.0.2.10").andExpect(redirectedUrl("/login?error"));
		}
		for (int i = 5; i <= 30; i++) {
			signIn(username, "fel " + i, "192.0.2.10").andExpect(redirectedUrl("/login?throttled=1"));
		}
		signIn(username, PASSWORD, "192.0.2.11").andExpect(redirectedUrl("/login?throttled=1"));

		mvc.perform(get("/login").param("throttled", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("För många inloggningsförsök")))
			.andExpect(content().string(containsString("Försök igen om en minut.")));
	}

	@Test
	void the_login_page_shows_only_a_small_number_of_minutes_whatever_the_address_says() throws Exception {
		mvc.perform(get("/login").param("throttled", "5"))
			.andExpect(content().string(containsString("Försök igen om 5 minuter.")));
		mvc.perform(get("/login").param("throttled", "ring 08-123 456"))
			.andExpect(content().string(containsString("Försök igen om en minut.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("08-123 456"))));
	}

	@Test
	void another_account_from_the_same_address_still_signs_in_while_the_first_is_paused() throws Exception {
		String guessed = createUser();
		String other = createUser();
		for (int i = 0; i < 10; i++) {
			signIn(guessed, "fel", "192.0.2.20");
		}
		signIn(guessed, PASSWORD, "192.0.2.20").andExpect(redirectedUrl("/login?throttled=1"));
		signIn(other, PASSWORD, "192.0.2.20").andExpect(redirectedUrl("/"));
	}

	@Test
	void an_address_that_failed_twenty_times_is_refused_for_every_account_but_other_addresses_are_not()
			throws Exception {
		String username = createUser();
		for (int i = 0; i < 20; i++) {
			signIn("gissning-" + i, "fel", "192.0.2.30");
		}
		signIn(username, PASSWORD, "192.0.2.30").andExpect(redirectedUrl("/login?throttled=1"));
		mvc.perform(get("/api/v1/calls").with(httpBasic(username, PASSWORD)).with(from("192.0.2.30")))
			.andExpect(status().isTooManyRequests());
		signIn(username, PASSWORD, "192.0.2.31").andExpect(redirectedUrl("/"));
	}

	@Test
	void a_successful_sign_in_starts_the_accounts_count_over() throws Exception {
		String username = createUser();
		for (int i = 0; i < 4; i++) {
			signIn(username, "fel", "192.0.2.40").andExpect(redirectedUrl("/login?error"));
		}
		signIn(username, PASSWORD, "192.0.2.40").andExpect(redirectedUrl("/"));
		for (int i = 0; i < 4; i++) {
			signIn(username, "fel", "192.0.2.40").andExpect(redirectedUrl("/login?error"));
		}
	}

	@Test
	void the_api_answers_429_with_retry_after_and_a_swedish_problem_once_an_account_is_paused() throws Exception {
		String username = createUser();
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/calls").with(httpBasic(username, "fel")).with(from("192.0.2.50")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/calls").with(httpBasic(username, PASSWORD)).with(from("192.0.2.51")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.title").value("För många inloggningsförsök"))
			.andExpect(jsonPath("$.detail").value(containsString("Försök igen om en minut")));
		// The form and the API count the same account.
		signIn(username, PASSWORD, "192.0.2.52").andExpect(redirectedUrl("/login?throttled=1"));
	}

	@Test
	void the_metrics_and_api_document_count_failed_basic_sign_ins_too() throws Exception {
		String admin = data.admin();
		for (int i = 0; i < 20; i++) {
			mvc.perform(get("/actuator/prometheus").with(httpBasic("gissning-" + i, "fel")).with(from("192.0.2.60")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/v3/api-docs").with(httpBasic(admin, PASSWORD)).with(from("192.0.2.60")))
			.andExpect(status().isTooManyRequests());
	}
}
