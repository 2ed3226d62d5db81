package se.fuel.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import se.fuel.DemoDataTest;
import se.fuel.TestUsers;

/**
 * The example files of the import page, made for the demo: an officer downloads them, and both import cleanly without
 * changing the demo series' facts (they hold 2005, a year the demo does not; imported with REPLACE, so running twice is
 * the same). Who may download them is checked without demo data in {@link ExampleFileAccessIT}.
 */
@DemoDataTest
class AssistanceExampleFilesIT {

	static final String EXAMPLES = "/statistics/assistance/examples/";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	private byte[] download(String name) throws Exception {
		return mvc.perform(get(EXAMPLES + name).with(users.as("handlaggare")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("filename=\"" + name + "\"")))
			.andReturn().getResponse().getContentAsByteArray();
	}

	/** Imports through the API as the officer, replacing what is stored, and waits for the end. */
	private String importAndWait(String name, byte[] content) throws Exception {
		String started = mvc.perform(multipart("/api/v1/statistics/assistance/imports")
				.file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.param("policy", "REPLACE")
				.with(httpBasic("handlaggare", "demo"))
				.with(csrf()))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(started, "$.id");
		for (int i = 0; i < 600; i++) {
			String body = mvc.perform(get("/api/v1/statistics/assistance/imports/" + id)
					.with(httpBasic("handlaggare", "demo")))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			if (!"RUNNING".equals(JsonPath.read(body, "$.status"))) {
				return body;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import of " + name + " did not end");
	}

	private void demoFactsHold() throws Exception {
		mvc.perform(get("/api/v1/statistics/assistance/series").param("to", "2003").with(httpBasic("lasare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.shares[0].value").value(4184.0))
			.andExpect(jsonPath("$.target.reachedChangePercent").value(org.hamcrest.Matchers.closeTo(-37.5, 0.005)));
	}

	@Test
	void the_kolada_example_imports_cleanly_and_changes_no_demo_fact() throws Exception {
		String result = importAndWait("kolada-exempel.json", download("kolada-exempel.json"));
		assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("STORED");
		assertThat((Integer) JsonPath.read(result, "$.rejectedRows")).isZero();
		assertThat((Integer) JsonPath.read(result, "$.storedRows") + (Integer) JsonPath.read(result, "$.replacedRows"))
			.isEqualTo(12);
		assertThat((Integer) JsonPath.read(result, "$.skippedRows")).isEqualTo(2);
		mvc.perform(get("/api/v1/statistics/assistance/series").param("measure", "arbetsloshet")
				.param("from", "2005").param("to", "2005").with(httpBasic("lasare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.points[0].annual").value(true))
			.andExpect(jsonPath("$.points[0].value").value(3.9));
		demoFactsHold();
	}

	@Test
	void the_csv_template_imports_cleanly_as_made_up_figures_and_changes_no_demo_fact() throws Exception {
		byte[] template = download("mall.csv");
		assertThat(new String(template, java.nio.charset.StandardCharsets.UTF_8))
			.contains("organisation;period;mått;kategori;nivå;värde;påhittad");
		String result = importAndWait("mall.csv", template);
		assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("STORED");
		assertThat((Integer) JsonPath.read(result, "$.storedRows") + (Integer) JsonPath.read(result, "$.replacedRows"))
			.isEqualTo(6);
		mvc.perform(get("/api/v1/statistics/assistance/series").param("organisation", "farsta")
				.param("from", "2005").param("to", "2005").with(httpBasic("lasare", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.madeUp").value(true));
		demoFactsHold();
	}
}
