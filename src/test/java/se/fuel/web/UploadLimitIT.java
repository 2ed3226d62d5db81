package se.fuel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.fuel.system.FuelProperties;
import se.fuel.testdata.TestData;

/**
 * Upload limits as the real server enforces them (only the embedded Tomcat applies the multipart limits and the
 * filter before them): a file above an upload's limit never reaches a controller and is answered in Swedish naming
 * that limit; only the statistics import takes files above 20 MB.
 */
@ServerTest
class UploadLimitIT {

	@LocalServerPort
	int port;

	@Autowired
	FuelProperties properties;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	String applicant;

	String officer;

	@BeforeEach
	void accounts() {
		applicant = data.applicant(data.district());
		officer = data.officer();
	}

	private static final String BOUNDARY = "fuel-boundary";

	private static byte[] head(String filename, String type) {
		return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
				+ "Content-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
	}

	private static final byte[] TAIL = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);

	/** A multipart POST whose file part is {@code parts} (with its length announced), as the given user. */
	private HttpResponse<String> post(String path, String user, List<byte[]> parts) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestData.PASSWORD).getBytes()))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void a_file_above_the_upload_limit_gets_a_swedish_problem_naming_the_limit() throws Exception {
		byte[] big = new byte[21 * 1024 * 1024];
		Arrays.fill(big, (byte) 'a');

		var response = post("/api/v1/applications", applicant, List.of(head("stor.pdf", "application/pdf"), big, TAIL));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"rule\":\"max-upload-size\"").contains("högst 10 MB");
	}

	@Test
	void json_sent_as_multipart_without_a_boundary_gets_a_swedish_4xx_problem_from_the_real_server() throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/applications"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((applicant + ":" + TestData.PASSWORD).getBytes()))
			.header("Content-Type", "multipart/form-data")
			.POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Projekt\"}"))
			.build();

		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("multipart/form-data");
	}

	@Test
	void an_import_file_above_20_mb_is_taken_by_the_statistics_import_and_its_saved_copy_removed() throws Exception {
		// 22 MB of comment lines around two figures: the size of the upload is what is tested, not the import's speed.
		byte[] comments = ("# " + "x".repeat(1021) + "\n").repeat(22 * 1024).getBytes(StandardCharsets.UTF_8);
		// The import names organisations by code, which only the register knows (TestData gives the id).
		String district = jdbc.sql("select code from organisation where id = ?").param(data.district())
			.query(String.class)
			.single();
		byte[] rows = ("organisation;period;mått;kategori;nivå;värde\n" + district + ";1955-01;vuxna;alla;individ;101\n"
				+ district + ";1955-02;vuxna;alla;individ;102\n").getBytes(StandardCharsets.UTF_8);

		var started = post("/api/v1/statistics/assistance/imports", officer,
				List.of(head("stor.csv", "text/csv"), comments, rows, TAIL));

		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String id = JsonPath.read(started.body(), "$.id");
		String body = started.body();
		for (int i = 0; i < 600 && "RUNNING".equals(JsonPath.read(body, "$.status")); i++) {
			Thread.sleep(100);
			body = get("/api/v1/statistics/assistance/imports/" + id).body();
		}
		assertThat((String) JsonPath.read(body, "$.status")).as(body).isEqualTo("STORED");
		assertThat((Integer) JsonPath.read(body, "$.storedRows")).isEqualTo(2);
		Path folder = properties.dataDir().resolve("imports");
		try (var left = Files.list(folder)) {
			assertThat(left.map(Path::getFileName).map(Path::toString)).noneMatch(n -> n.endsWith(".upload"));
		}
	}

	@Test
	void an_import_file_above_the_imports_limit_gets_a_swedish_problem_naming_that_limit() throws Exception {
		byte[] block = new byte[1024 * 1024];
		Arrays.fill(block, (byte) '#');
		List<byte[]> parts = new ArrayList<>();
		parts.add(head("enorm.csv", "text/csv"));
		for (int i = 0; i < 201; i++) {
			parts.add(block);
		}
		parts.add(TAIL);

		var response = post("/api/v1/statistics/assistance/imports", officer, parts);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"rule\":\"max-upload-size\"").contains("importfil får vara högst 200 MB");
	}

	private HttpResponse<String> get(String path) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((officer + ":" + TestData.PASSWORD).getBytes()))
			.GET()
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}
}
