package se.fuel.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import se.fuel.organisations.Organisations;
import se.fuel.testdata.FundCycle;
import se.fuel.testdata.TestData;

/**
 * The economic-assistance figures a test of this package makes for itself: districts of its own, and series imported
 * as an officer through the real import API, so every figure passes the checks a real file does. Periods: a test
 * class keeps to years no other test of the context uses — its own decade, or {@link FundCycle#year()} for a single
 * year — since the city's figures are the sum of every district's.
 */
final class AssistanceFixtures {

	static final String HEADER = "organisation;period;mått;kategori;nivå;värde\n";

	private final TestData data;

	private final MockMvc mvc;

	private final Organisations organisations;

	private volatile String officer;

	AssistanceFixtures(ApplicationContext context) {
		this.data = context.getBean(TestData.class);
		this.mvc = context.getBean(MockMvc.class);
		this.organisations = context.getBean(Organisations.class);
	}

	/** The officer who imports this fixture's figures; one per fixture. */
	String officer() {
		if (officer == null) {
			officer = data.officer();
		}
		return officer;
	}

	/** A new district that figures can be imported for. */
	District district() {
		var summary = organisations.find(data.district()).orElseThrow();
		return new District(summary.code(), summary.name());
	}

	/** A district as an import file and the pages name it. */
	record District(String code, String name) {
	}

	static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
	}

	/** Starts an import through the API as the officer and waits for its end; returns the final JSON. */
	String importAndWait(MockMultipartFile file, String policy) throws Exception {
		String started = mvc.perform(multipart("/api/v1/statistics/assistance/imports").file(file)
				.param("policy", policy)
				.with(httpBasic(officer(), TestData.PASSWORD))
				.with(csrf()))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		return waitFor(JsonPath.read(started, "$.id"));
	}

	/** Waits for the import to end; returns its final JSON. */
	String waitFor(String id) throws Exception {
		for (int i = 0; i < 600; i++) {
			String body = mvc.perform(get("/api/v1/statistics/assistance/imports/" + id)
					.with(httpBasic(officer(), TestData.PASSWORD)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			if (!"RUNNING".equals(JsonPath.read(body, "$.status"))) {
				return body;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import " + id + " did not end");
	}

	/** Imports the rows (without header) and checks that every one was stored. */
	void stored(String rows) throws Exception {
		String result = importAndWait(file("figurer.csv", HEADER + rows), "REFUSE");
		assertThat((String) JsonPath.read(result, "$.status")).as(result).isEqualTo("STORED");
	}

	/** Twelve rows of one figure, the same every month of the year. */
	static String everyMonth(String code, int year, String measureAndCategory, String level, long value) {
		var rows = new StringBuilder();
		for (int month = 1; month <= 12; month++) {
			rows.append("%s;%d-%02d;%s;%s;%d\n".formatted(code, year, month, measureAndCategory, level, value));
		}
		return rows.toString();
	}

	/**
	 * Districts of their own with a year's adult recipients, population and the three structural variables, each
	 * district a little different so that the regression has something to fit but no variable explains it all; the
	 * third has far more recipients than its variables explain, so that among eight districts it is flagged (per 1 000
	 * inhabitants, on unemployment and foreign-born).
	 */
	List<District> comparableYear(int year, int count) throws Exception {
		List<District> districts = new ArrayList<>();
		var rows = new StringBuilder();
		for (int i = 0; i < count; i++) {
			District d = district();
			districts.add(d);
			rows.append(everyMonth(d.code(), year, "vuxna;alla", "individ", 300 + 170L * i * i + 37L * (i % 3) + (i == 2 ? 4000 : 0)));
			rows.append("%s;%d;befolkning;alla;;%d\n".formatted(d.code(), year, 20_000 + 3_000 * i));
			rows.append("%s;%d;arbetsloshet;alla;;%d,%d\n".formatted(d.code(), year, 2 + i, 7 * i % 10));
			rows.append("%s;%d;utrikes_fodda;alla;;%d\n".formatted(d.code(), year, 10 + 9 * (i % 4) + i));
			rows.append("%s;%d;ensamstaende_foraldrar;alla;;%d,5\n".formatted(d.code(), year, 5 + (i * 5) % 7));
		}
		stored(rows.toString());
		return districts;
	}
}
