package se.fuel.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import se.fuel.TestUsers;
import se.fuel.testdata.TestData;

/**
 * Turns a row of a refusal table into the request it describes: {object} names in the path become the ids the test
 * made, a body "json:..." is looked up, "csv:..." is sent as text/csv, anything else is form fields; method UPLOAD
 * sends a small PDF; pages sign in with the session, the API with HTTP Basic, and a page's POST carries its CSRF token.
 */
record TableRequests(People people, TestUsers users, Map<String, String> ids, Map<String, String> bodies) {

	private static final Pattern OBJECT = Pattern.compile("\\{(\\w+)}");

	AbstractMockHttpServletRequestBuilder<?> build(String user, String method, String template, String body) {
		String path = resolve(template);
		AbstractMockHttpServletRequestBuilder<?> request = method.equals("UPLOAD")
				? multipart(path).file(new MockMultipartFile("file", "kapad.pdf", "application/pdf", Fixtures.PDF))
				: request(HttpMethod.valueOf(method), path);
		if (body != null && body.startsWith("csv:")) {
			request.contentType("text/csv").content(body.substring(4));
		}
		else if (body != null && body.startsWith("json:")) {
			String json = bodies.get(body);
			if (json == null) {
				throw new IllegalArgumentException("No body named " + body);
			}
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		else if (body != null) {
			for (String pair : body.split("&")) {
				String[] kv = pair.split("=", 2);
				request.param(kv[0], kv[1]);
			}
		}
		if (!method.equals("GET")) {
			request.with(csrf());
		}
		if (user != null) {
			String username = people.username(user);
			request.with(path.startsWith("/api/") ? httpBasic(username, TestData.PASSWORD) : users.as(username));
		}
		return request;
	}

	String resolve(String template) {
		Matcher m = OBJECT.matcher(template);
		var out = new StringBuilder();
		while (m.find()) {
			String id = ids.get(m.group(1));
			if (id == null) {
				throw new IllegalArgumentException("No object named " + m.group(1));
			}
			m.appendReplacement(out, id);
		}
		m.appendTail(out);
		return out.toString();
	}
}
