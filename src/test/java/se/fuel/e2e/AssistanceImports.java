package se.fuel.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import se.fuel.testdata.TestData;

/**
 * Economic-assistance figures a browser test imports for its own districts before it drives the browser: a CSV
 * (README, "Statistics imports") sent by an officer to the running application's import API, as a client of the API
 * would, and waited for until it is stored.
 */
final class AssistanceImports {

	static final String HEADER = "organisation;period;mått;kategori;nivå;värde\n";

	private final RestClient api;

	private final String officer;

	AssistanceImports(String baseUrl, String officer) {
		this.api = RestClient.create(baseUrl + "/api/v1/statistics/assistance");
		this.officer = officer;
	}

	/** Imports the rows (without the header) and fails unless every one is stored. */
	void stored(List<String> rows) throws InterruptedException {
		byte[] csv = (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
		var parts = new LinkedMultiValueMap<String, Object>();
		parts.add("file", new ByteArrayResource(csv) {
			@Override
			public String getFilename() {
				return "egna-siffror.csv";
			}
		});
		String started = api.post().uri("/imports").headers(h -> h.setBasicAuth(officer, TestData.PASSWORD))
			.contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().body(String.class);
		String id = JsonPath.read(started, "$.id");
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
		String status = JsonPath.read(started, "$.status");
		String view = started;
		while ("RUNNING".equals(status) && Instant.now().isBefore(giveUp)) {
			Thread.sleep(200);
			view = api.get().uri("/imports/{id}", id).headers(h -> h.setBasicAuth(officer, TestData.PASSWORD))
				.retrieve().body(String.class);
			status = JsonPath.read(view, "$.status");
		}
		assertThat(status).as("the import of the test's own figures: %s", view).isEqualTo("STORED");
	}

	/** One row per month of the years, from {@code first} rising by {@code step} a month. */
	static List<String> monthly(String organisation, String measure, String category, int fromYear, int toYear,
			long first, long step, String levelBefore, String levelFrom, YearMonth levelChange) {
		var rows = new ArrayList<String>();
		long value = first;
		for (var month = YearMonth.of(fromYear, 1); !month.isAfter(YearMonth.of(toYear, 12));
				month = month.plusMonths(1)) {
			String level = month.isBefore(levelChange) ? levelBefore : levelFrom;
			rows.add(String.join(";", organisation, month.toString(), measure, category, level, Long.toString(value)));
			value += step;
		}
		return rows;
	}

	/** A structural variable's figure for a whole year (no registration level). */
	static String yearly(String organisation, String measure, int year, String value) {
		return String.join(";", organisation, Integer.toString(year), measure, "alla", "", value);
	}
}
