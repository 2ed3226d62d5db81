package se.fuel.web;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.NotFoundException;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;

/**
 * API errors as RFC 9457 problem details; broken rules are listed in {@code violations} as {field, rule, message}
 * with the message in Swedish, the same text the pages show.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

	@ExceptionHandler(ViolationException.class)
	ProblemDetail violations(ViolationException ex) {
		return withViolations(HttpStatus.UNPROCESSABLE_CONTENT, ex.violations());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		var violations = ex.getBindingResult().getFieldErrors().stream()
			.map(e -> new Violation(e.getField(), e.getCode() == null ? "invalid" : e.getCode(),
					"Fältet \u201D" + e.getField() + "\u201D: " + e.getDefaultMessage()))
			.toList();
		return withViolations(HttpStatus.BAD_REQUEST, violations);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return withViolations(HttpStatus.BAD_REQUEST, List.of(new Violation("body", "readable-json",
				"Begäran kunde inte läsas som JSON. Kontrollera att alla fält har rätt typ (belopp i hela kronor, datum som ÅÅÅÅ-MM-DD).")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return withViolations(HttpStatus.BAD_REQUEST, List.of(new Violation(ex.getName(), "type",
				"Parametern \u201D" + ex.getName() + "\u201D har fel format.")));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Det du söker finns inte, eller så saknar du behörighet att se det.");
		problem.setTitle("Hittades inte");
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("Åtkomst nekad");
		return problem;
	}

	static ProblemDetail withViolations(HttpStatus status, List<Violation> violations) {
		var problem = ProblemDetail.forStatusAndDetail(status,
				violations.size() == 1 ? violations.get(0).message() : violations.size() + " regler är inte uppfyllda.");
		problem.setTitle("Uppgifterna uppfyller inte reglerna");
		problem.setProperty("violations", violations);
		return problem;
	}
}
