package se.fuel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.fuel.testdata.TestData;

/**
 * Behind a TLS proxy on the same host (a trusted proxy by default), X-Forwarded-Proto/-Host make the session cookie
 * Secure and every redirect point at the public https address; without them Fuel answers plain http as before. Runs
 * against the real embedded Tomcat, whose RemoteIpValve reads the headers (MockMvc has none).
 */
@ServerTest
class ForwardedHeadersIT {

	static final String PUBLIC_HOST = "fuel.stockholm.example";

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	HttpRequest.Builder request(String path, boolean behindProxy) {
		var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (behindProxy) {
			builder.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Host", PUBLIC_HOST)
				.header("X-Forwarded-For", "198.51.100.23");
		}
		return builder;
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String sessionCookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	static String csrfToken(String loginPage) {
		Matcher m = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"|name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(loginPage);
		if (!m.find()) {
			m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(loginPage);
			assertThat(m.find()).as("a CSRF token on the login page").isTrue();
			return m.group(1);
		}
		return m.group(1) != null ? m.group(1) : m.group(2);
	}

	@Test
	void behind_a_tls_proxy_the_sign_in_redirects_to_the_public_https_address_and_the_session_cookie_is_secure()
			throws Exception {
		var protectedPage = send(request("/applications", true).GET());
		assertThat(protectedPage.statusCode()).isEqualTo(302);
		assertThat(protectedPage.headers().firstValue("Location")).hasValue("https://" + PUBLIC_HOST + "/login");

		var loginPage = send(request("/login", true).GET());
		String cookie = sessionCookie(loginPage);
		assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");

		String form = "username=" + data.applicant(data.district()) + "&password=" + TestData.PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrfToken(loginPage.body()), StandardCharsets.UTF_8);
		var signedIn = send(request("/login", true).header("Cookie", cookie.substring(0, cookie.indexOf(';')))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(List.of("https://" + PUBLIC_HOST + "/", "/")).contains(location));
		assertThat(sessionCookie(signedIn)).as("the new session after sign-in").containsIgnoringCase("; Secure");
	}

	@Test
	void without_a_proxy_the_cookie_is_not_secure_and_redirects_stay_on_http() throws Exception {
		var protectedPage = send(request("/applications", false).GET());
		assertThat(protectedPage.headers().firstValue("Location")).hasValue("http://127.0.0.1:" + port + "/login");
		assertThat(sessionCookie(send(request("/login", false).GET()))).doesNotContainIgnoringCase("Secure");
	}
}
