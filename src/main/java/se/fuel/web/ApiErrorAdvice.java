package se.fuel.web;

import java.util.List;

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
import se.fuel.common.AccessDeniedException;
import se.fuel.common.NotFoundException;
import se.fuel.common.StaleVersionException;
import se.fuel.common.Text;
import se.fuel.common.Versions;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;

/**
 * API errors as RFC 9457 problem details; broken rules are listed in {@code violations} as {field, rule, message}
 * with the message in the client's language (Swedish unless it chose English), the same text the pages show.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

	private final Texts texts;

	ApiErrorAdvice(Texts texts) {
		this.texts = texts;
	}

	/**
	 * A save on an older copy: 412 when the client said which version with If-Match (RFC 9110's precondition), 409
	 * when it was the body's version. The current version comes along so the client can read it again.
	 */
	@ExceptionHandler(StaleVersionException.class)
	ResponseEntity<ProblemDetail> stale(StaleVersionException ex, HttpServletRequest request) {
		var status = request.getHeader(HttpHeaders.IF_MATCH) != null ? HttpStatus.PRECONDITION_FAILED
				: HttpStatus.CONFLICT;
		var problem = withViolations(texts, status, ex.violations());
		problem.setTitle(texts.of(Text.of("problem.title.stale")));
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
		var problem = withViolations(texts, HttpStatus.CONFLICT, List.of(CONCURRENT));
		problem.setTitle(texts.of(Text.of("problem.title.stale")));
		return problem;
	}

	static final Violation CONCURRENT = Violation.of("version", "changed-concurrently", "problem.concurrent");

	@ExceptionHandler(ViolationException.class)
	ProblemDetail violations(ViolationException ex) {
		return withViolations(texts, HttpStatus.UNPROCESSABLE_CONTENT, ex.violations());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		var violations = ex.getBindingResult().getFieldErrors().stream()
			.map(e -> Violation.of(e.getField(), e.getCode() == null ? "invalid" : e.getCode(), "problem.field.invalid",
					e.getField(), texts.of(e)))
			.toList();
		return withViolations(texts, HttpStatus.BAD_REQUEST, violations);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return RequestProblems.problem(texts, ex, HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return withViolations(texts, HttpStatus.BAD_REQUEST, List.of(Violation.of(ex.getName(), "type",
				"problem.parameter.type", ex.getName(), ExpectedTypes.describe(ex.getRequiredType(), ex.getName()))));
	}

	/**
	 * A save that the database refused although Fuel's rules let it through (a unique key two requests raced for, a
	 * limit no rule knew of): the client is told it was not saved, never a server error. Rules should catch these
	 * first; this is the net under them.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		return withViolations(texts, HttpStatus.CONFLICT, List.of(INTEGRITY));
	}

	static final Violation INTEGRITY = Violation.of("request", "database-constraint", "problem.integrity");

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				texts.of(Text.of("problem.detail.notFound")));
		problem.setTitle(texts.of(Text.of("problem.title.notFound")));
		return problem;
	}

	/** The reason and title in the request's language (Swedish by default), as the pages would say them. */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, texts.of(ex.reason()));
		problem.setTitle(texts.of(Text.of("problem.title.forbidden")));
		return problem;
	}

	static ProblemDetail withViolations(Texts texts, HttpStatusCode status, List<Violation> violations) {
		var problem = ProblemDetail.forStatusAndDetail(status, texts.of(violations.size() == 1
				? violations.get(0).message() : Text.of("problem.detail.violations", String.valueOf(violations.size()))));
		problem.setTitle(texts.of(Text.of("problem.title.violations")));
		problem.setProperty("violations", violations);
		return problem;
	}
}
