package se.fuel.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.fuel.common.Text;
import se.fuel.common.Violation;

/**
 * Spring MVC's own errors (an unknown address, a wrong HTTP method, a missing parameter...): problem details for the
 * API, and Fuel's error pages for a person in a browser, both in the reader's language. Replaces Spring Boot's
 * problem-details handler, which would answer a mistyped page address with JSON.
 */
@ControllerAdvice
@Order(0)
class StandardErrorAdvice extends ResponseEntityExceptionHandler {

	/** Request attribute read by templates/error/4xx.html: what was wrong with the request, as texts the page reads in its language. */
	static final String PAGE_PROBLEMS = "fuelRequestProblems";

	private final Texts texts;

	StandardErrorAdvice(Texts texts) {
		this.texts = texts;
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
				&& !servlet.getResponse().isCommitted() && !isMachineRequest(servlet.getRequest())) {
			if (statusCode.value() == HttpStatus.BAD_REQUEST.value()) {
				// The same sentences the API gives, naming the field, so a person learns what to change too.
				servlet.getRequest().setAttribute(PAGE_PROBLEMS,
						RequestProblems.violations(ex).stream().map(Violation::message).toList());
			}
			try {
				// The container forwards to /error, which renders templates/error/<status>.html in the layout.
				servlet.getResponse().sendError(statusCode.value());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return null;
		}
		if (!(body instanceof ProblemDetail problem && problem.getProperties() != null
				&& problem.getProperties().containsKey("violations"))) {
			body = RequestProblems.problem(texts, ex, statusCode);
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	/**
	 * What Spring MVC meets outside its own list: a body announced as multipart/form-data that is not one (no
	 * boundary), and a form field whose name points past what the form can hold ({@code budgetLines[99999].amount},
	 * {@code budgetLines[-1].amount}, {@code x[abc]}). Both are the client's mistake: 400, never a server error.
	 */
	@ExceptionHandler({ MultipartException.class, InvalidPropertyException.class })
	ResponseEntity<Object> unreadableRequest(Exception ex, WebRequest request) {
		return handleExceptionInternal(ex, null, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Text message = request instanceof ServletWebRequest servlet ? UploadLimits.message(servlet.getRequest())
				: UploadLimits.ATTACHMENT_MESSAGE;
		var problem = ApiErrorAdvice.withViolations(texts, HttpStatus.CONTENT_TOO_LARGE,
				List.of(new Violation("file", "max-upload-size", message)));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
	}

	static boolean isMachineRequest(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/v3/") || path.startsWith("/actuator/");
	}
}
