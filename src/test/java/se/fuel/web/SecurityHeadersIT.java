package se.fuel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.fuel.FuelIntegrationTest;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/**
 * Every answer carries a Content-Security-Policy, a Referrer-Policy and a Permissions-Policy; pages allow scripts and
 * styles only from Fuel's own files, and no template has what that policy would block.
 */
@FuelIntegrationTest
class SecurityHeadersIT {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestData data;

	String admin;

	String officer;

	String applicant;

	@BeforeEach
	void accounts() {
		admin = data.admin();
		officer = data.officer();
		applicant = data.applicant(data.district());
	}

	static void hasTheHardeningHeaders(ResultActions answer) throws Exception {
		answer.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Permissions-Policy", allOf(containsString("camera=()"),
					containsString("geolocation=()"), containsString("microphone=()"))))
			.andExpect(header().string("Content-Security-Policy", allOf(containsString("frame-ancestors 'none'"),
					containsString("base-uri"))));
	}

	@Test
	void pages_allow_scripts_and_styles_only_from_fuels_own_files() throws Exception {
		for (var answer : List.of(mvc.perform(get("/login")), mvc.perform(get("/").with(users.as(officer))),
				mvc.perform(get("/finns-inte").with(users.as(applicant))))) {
			hasTheHardeningHeaders(answer);
			answer.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("default-src 'self'"), containsString("script-src 'self';"),
							containsString("style-src 'self';"),
							not(containsString("unsafe-inline")), not(containsString("unsafe-eval")))));
		}
	}

	@Test
	void swagger_ui_alone_may_set_inline_styles_for_its_script_but_still_runs_only_its_own_scripts() throws Exception {
		var answer = mvc.perform(get("/swagger-ui/index.html").with(users.as(admin)));
		hasTheHardeningHeaders(answer);
		answer.andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self';"),
				containsString("style-src 'self' 'unsafe-inline'"))));
	}

	@Test
	void the_api_metrics_and_api_document_run_no_script_at_all() throws Exception {
		for (var answer : List.of(mvc.perform(get("/api/v1/calls").with(httpBasic(officer, TestData.PASSWORD))),
				mvc.perform(get("/api/v1/calls")), mvc.perform(get("/actuator/health")),
				mvc.perform(get("/v3/api-docs").with(users.as(admin))))) {
			hasTheHardeningHeaders(answer);
			answer.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("default-src 'none'"), not(containsString("script-src")))));
		}
	}

	@Test
	void no_template_has_an_inline_script_an_event_handler_attribute_or_a_style_attribute() throws IOException {
		Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
		Pattern handler = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
		Pattern style = Pattern.compile("\\s(th:)?style\\s*=|\\shx-on", Pattern.CASE_INSENSITIVE);
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				// Rendered to PDF on the server or served under the API's script-less policy, never as a page.
				boolean document = file.getFileName().toString().endsWith("-pdf.html");
				String text = Files.readString(file);
				for (Pattern p : document ? List.of(inlineScript, handler) : List.of(inlineScript, handler, style)) {
					var m = p.matcher(text);
					while (m.find()) {
						found.add(TEMPLATES.relativize(file) + ": " + m.group().trim());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void the_layout_tells_htmx_to_add_no_style_and_evaluate_no_script() throws Exception {
		String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("name=\"htmx-config\"")
			.contains("\"includeIndicatorStyles\":false")
			.contains("\"allowEval\":false")
			.contains("\"allowScriptTags\":false")
			.contains("/js/js-enabled.js");
	}
}
