package se.fuel.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LanguageSwitchTest {

	@Test
	void switching_to_english_keeps_the_page_and_its_query() {
		var request = new MockHttpServletRequest("GET", "/knowledge");
		request.setQueryString("q=boendest%C3%B6d");

		var languageSwitch = LanguageSwitch.of(request);

		assertThat(languageSwitch.english()).isEqualTo("/knowledge?q=boendest%C3%B6d&lang=en");
		assertThat(languageSwitch.swedish()).isEqualTo("/knowledge?q=boendest%C3%B6d&lang=sv");
	}

	@Test
	void switching_back_replaces_the_language_instead_of_adding_a_second_one() {
		var request = new MockHttpServletRequest("GET", "/knowledge");
		request.setQueryString("q=boendest%C3%B6d&lang=en&page=2");

		assertThat(LanguageSwitch.of(request).swedish()).isEqualTo("/knowledge?q=boendest%C3%B6d&page=2&lang=sv");
	}

	@Test
	void a_page_without_a_query_gets_only_the_language() {
		var request = new MockHttpServletRequest("GET", "/calls");

		assertThat(LanguageSwitch.of(request).english()).isEqualTo("/calls?lang=en");
	}

	@Test
	void a_repeated_parameter_keeps_every_value() {
		var request = new MockHttpServletRequest("GET", "/statistics");
		request.setQueryString("district=a&district=b");

		assertThat(LanguageSwitch.of(request).english()).isEqualTo("/statistics?district=a&district=b&lang=en");
	}

	@Test
	void an_error_page_leads_back_to_the_address_the_browser_asked_for() {
		var request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/finns-inte");

		assertThat(LanguageSwitch.of(request).english()).isEqualTo("/finns-inte?lang=en");
	}

	@Test
	void the_link_never_leads_to_another_host() {
		var request = new MockHttpServletRequest("GET", "//evil.example/x");

		assertThat(LanguageSwitch.of(request).english()).isEqualTo("/evil.example/x?lang=en");
	}
}
