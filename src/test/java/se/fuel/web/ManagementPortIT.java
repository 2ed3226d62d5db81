package se.fuel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * With FUEL_MANAGEMENT_PORT (management.server.port) actuator moves to a port of its own, where a scraper inside the
 * network reads the metrics without an account; the application's port then serves no actuator at all, and the API
 * document stays for administrators.
 */
// Its own context (a second port); no demo data, since nothing here reads any.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "management.server.port=0",
		"fuel.demo=false" })
@ActiveProfiles("test")
class ManagementPortIT {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void the_management_port_serves_metrics_and_health_without_an_account() throws Exception {
		assertThat(managementPort).isNotEqualTo(port);
		var metrics = get(managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
		assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void the_application_port_then_serves_no_metrics_and_the_api_document_only_to_administrators() throws Exception {
		assertThat(get(port, "/actuator/prometheus").statusCode()).isIn(401, 404);
		assertThat(get(port, "/v3/api-docs").statusCode()).isEqualTo(401);
	}
}
