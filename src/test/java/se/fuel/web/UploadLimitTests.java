package se.fuel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A file above the server's upload limit never reaches a controller: the real server must still answer in Swedish.
 * Runs against the real embedded Tomcat, because only it enforces the multipart limits.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadLimitTests {

	@LocalServerPort
	int port;

	@Test
	void a_file_above_the_upload_limit_gets_a_swedish_problem_naming_the_limit() throws Exception {
		byte[] big = new byte[21 * 1024 * 1024];
		Arrays.fill(big, (byte) 'a');
		String boundary = "fuel-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stor.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/applications"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("farsta:demo".getBytes()))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, big, tail)))
			.build();

		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"rule\":\"max-upload-size\"").contains("högst 10 MB");
	}
}
