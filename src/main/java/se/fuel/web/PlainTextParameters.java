package se.fuel.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.servlet.HandlerInterceptor;
import se.fuel.common.ControlCharacters;

/**
 * Every form field and query parameter, for every page and endpoint at once: no control characters (a NUL byte
 * cannot be stored in PostgreSQL, and the others are invisible wherever the text is shown later). Runs after Spring
 * has read a multipart body, so uploads' text fields are checked too, and before any controller binds a value.
 */
class PlainTextParameters implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws ServletRequestBindingException {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (ControlCharacters.present(parameter.getKey())) {
				throw new InvalidParameterException(ControlCharacters.violation("parameter"));
			}
			for (String value : parameter.getValue()) {
				if (ControlCharacters.present(value)) {
					throw new InvalidParameterException(ControlCharacters.violation(parameter.getKey()));
				}
			}
		}
		return true;
	}
}
