package se.fuel.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the layout's language link leads: the page the reader is on, with its query kept and only {@code lang}
 * replaced, so that switching language on a search result or a filtered list shows the same result in the other
 * language.
 *
 * @param english the address of this page in English
 * @param swedish the address of this page in Swedish
 */
public record LanguageSwitch(String english, String swedish) {

	static final String PARAMETER = "lang";

	static LanguageSwitch of(HttpServletRequest request) {
		// A forwarded or error dispatch renders another address than the one the browser shows; the link must lead
		// back to the one the browser asked for.
		String path = attribute(request, RequestDispatcher.ERROR_REQUEST_URI);
		String query = null;
		if (path == null) {
			path = attribute(request, RequestDispatcher.FORWARD_REQUEST_URI);
			query = path == null ? request.getQueryString() : attribute(request, RequestDispatcher.FORWARD_QUERY_STRING);
		}
		if (path == null) {
			path = request.getRequestURI();
		}
		// Never a scheme-relative address, which would lead to another host.
		path = "/" + path.replaceFirst("^/+", "");
		return new LanguageSwitch(to(path, query, "en"), to(path, query, "sv"));
	}

	private static String to(String path, String query, String language) {
		// The path and the query are taken as the browser sent them, already encoded, so they are not encoded again.
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam(PARAMETER, language)
			.build()
			.toUriString();
	}

	private static String attribute(HttpServletRequest request, String name) {
		return request.getAttribute(name) instanceof String value && !value.isEmpty() ? value : null;
	}
}
