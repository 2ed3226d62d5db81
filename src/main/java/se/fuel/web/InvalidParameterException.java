package se.fuel.web;

import org.springframework.web.bind.ServletRequestBindingException;
import se.fuel.common.Violation;

/**
 * A form field or query parameter refused before anything is bound: Spring MVC answers it 400 (a binding problem),
 * as a problem in the client's language for the API ({@link RequestProblems}) and Fuel's 400 page for a browser.
 */
final class InvalidParameterException extends ServletRequestBindingException {

	private final transient Violation violation;

	InvalidParameterException(Violation violation) {
		super(violation.message().toString());
		this.violation = violation;
	}

	Violation violation() {
		return violation;
	}
}
