package se.fuel.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.RequestContextUtils;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.NotFoundException;
import se.fuel.common.StaleVersionException;
import se.fuel.common.Text;
import se.fuel.common.Versions;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;

/**
 * API errors as RFC 9457 problem details; broken rules are listed in {@code violations} as {field, rule, message}
 * with the message in Swedish, the same text the pages show.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

	/**
	 * A save on an older copy: 412 when the client said which version with If-Match (RFC 9110's precondition), 409
	 * when it was the body's version. The current version comes along so the client can read it again.
	 */
	@ExceptionHandler(StaleVersionException.class)
	ResponseEntity<ProblemDetail> stale(StaleVersionException ex, HttpServletRequest request) {
		var status = request.getHeader(HttpHeaders.IF_MATCH) != null ? HttpStatus.PRECONDITION_FAILED
				: HttpStatus.CONFLICT;
		var problem = withViolations(status, ex.violations());
		problem.setTitle("Någon annan har ändrat uppgifterna");
		problem.setProperty("currentVersion", ex.currentVersion());
		if (ex.changedBy() != null) {
			problem.setProperty("changedBy", ex.changedBy());
		}
		if (ex.changedAt() != null) {
			problem.setProperty("changedAt", ex.changedAt().toString());
		}
		return ResponseEntity.status(status).eTag(Versions.etag(ex.currentVersion())).body(problem);
	}

	/** Two saves of the same object at the same moment: the later one is refused, never answered 500. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrent(OptimisticLockingFailureException ex) {
		var problem = withViolations(HttpStatus.CONFLICT, List.of(CONCURRENT));
		problem.setTitle("Någon annan har ändrat uppgifterna");
		return problem;
	}

	static final Violation CONCURRENT = new Violation("version", "changed-concurrently",
			"Någon annan sparade samma uppgifter i samma ögonblick. Dina ändringar har inte sparats: läs in uppgifterna igen och försök på nytt.");

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
		return RequestProblems.problem(ex, HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return withViolations(HttpStatus.BAD_REQUEST, List.of(new Violation(ex.getName(), "type",
				"Parametern \u201D" + ex.getName() + "\u201D ska vara "
						+ ExpectedTypes.describe(ex.getRequiredType(), ex.getName()) + ".")));
	}

	/**
	 * A save that the database refused although Fuel's rules let it through (a unique key two requests raced for, a
	 * limit no rule knew of): the client is told it was not saved, never a server error. Rules should catch these
	 * first; this is the net under them.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		return withViolations(HttpStatus.CONFLICT, List.of(INTEGRITY));
	}

	static final Violation INTEGRITY = new Violation("request", "database-constraint",
			"Uppgifterna kunde inte sparas: de krockar med något som redan finns (t.ex. en dubblett) eller bryter mot "
					+ "en gräns i databasen. Ingenting har ändrats.");

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Det du söker finns inte, eller så saknar du behörighet att se det.");
		problem.setTitle("Hittades inte");
		return problem;
	}

	/** The reason and title in the request's language (Swedish by default), as the pages would say them. */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex, HttpServletRequest request, Locale locale) {
		Texts texts = RequestContextUtils.findWebApplicationContext(request).getBean(Texts.class);
		String reason = ex.reason() == null ? ex.getMessage() : texts.of(ex.reason(), locale);
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, reason);
		problem.setTitle(texts.of(Text.of("error.403.title"), locale));
		return problem;
	}

	static ProblemDetail withViolations(HttpStatusCode status, List<Violation> violations) {
		var problem = ProblemDetail.forStatusAndDetail(status,
				violations.size() == 1 ? violations.get(0).message().toString() : violations.size() + " regler är inte uppfyllda.");
		problem.setTitle("Uppgifterna uppfyller inte reglerna");
		problem.setProperty("violations", violations);
		return problem;
	}
}
