package se.fuel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.fuel.testdata.TestData;

/**
 * A person whose browser sends what no page can take gets Fuel's Swedish 400 page saying which field and why, the
 * same sentence the API gives. On the real server: the error page is rendered by the container's forward to /error,
 * which MockMvc does not do.
 */
@ServerTest
class RequestProblemPageIT {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	String applicant;

	@BeforeEach
	void account() {
		applicant = data.applicant(data.district());
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((applicant + ":" + TestData.PASSWORD).getBytes()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void a_nul_byte_in_a_parameter_gets_the_400_page_naming_the_parameter() throws Exception {
		var response = get("/login?hint=a%00b", "text/html");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("Begäran kunde inte hanteras", "id=\"request-problems\"",
				"Fältet \u201Dhint\u201D innehåller otillåtna kontrolltecken");
	}

	@Test
	void the_api_names_the_parameter_on_the_real_server_too() throws Exception {
		var response = get("/api/v1/knowledge/methods?q=a%01b", "application/json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"q\"", "\"rule\":\"no-control-characters\"");
	}
}
