package se.fuel.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestCookieException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import se.fuel.common.ControlCharacters;
import se.fuel.common.Text;
import se.fuel.common.Violation;

/**
 * Everything a client can get wrong about a request before a rule of Fuel's is even asked (the body, its type, a
 * parameter, a header, the method), told in the client's language and naming the field where there is one, so that no
 * such mistake reaches the client as Spring's own text or as a server error.
 */
final class RequestProblems {

	private RequestProblems() {
	}

	/** The problem for one of Spring MVC's own exceptions, with the status Spring chose for it. */
	static ProblemDetail problem(Texts texts, Exception ex, HttpStatusCode status) {
		var problem = ApiErrorAdvice.withViolations(texts, HttpStatusCode.valueOf(status.value()), violations(ex));
		problem.setTitle(texts.of(title(status.value())));
		return problem;
	}

	static List<Violation> violations(Exception ex) {
		if (ex instanceof HttpMessageNotReadableException unreadable) {
			return List.of(unreadable(unreadable));
		}
		if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
			Object sent = unsupported.getContentType() == null ? Text.of("problem.contentType.unknown")
					: unsupported.getContentType().toString();
			String accepted = unsupported.getSupportedMediaTypes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE
					: unsupported.getSupportedMediaTypes().stream().map(MediaType::toString)
						.collect(Collectors.joining(", "));
			return List.of(Violation.of("Content-Type", "supported-content-type", "problem.contentType", sent, accepted));
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
			String offered = notAcceptable.getSupportedMediaTypes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE
					: notAcceptable.getSupportedMediaTypes().stream().map(MediaType::toString)
						.collect(Collectors.joining(", "));
			return List.of(Violation.of("Accept", "acceptable-content-type", "problem.accept", offered));
		}
		if (ex instanceof HttpRequestMethodNotSupportedException method) {
			if (method.getSupportedHttpMethods() == null) {
				return List.of(Violation.of("method", "supported-method", "problem.method", method.getMethod()));
			}
			return List.of(Violation.of("method", "supported-method", "problem.method.allowed", method.getMethod(),
					method.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "))));
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return List.of(Violation.of(missing.getParameterName(), "required", "problem.missing.parameter",
					missing.getParameterName()));
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			return List.of(Violation.of(missing.getRequestPartName(), "required", "problem.missing.part",
					missing.getRequestPartName()));
		}
		if (ex instanceof MissingRequestHeaderException missing) {
			return List.of(Violation.of(missing.getHeaderName(), "required", "problem.missing.header",
					missing.getHeaderName()));
		}
		if (ex instanceof MissingRequestCookieException missing) {
			return List.of(Violation.of(missing.getCookieName(), "required", "problem.missing.cookie",
					missing.getCookieName()));
		}
		if (ex instanceof TypeMismatchException mismatch) {
			String name = mismatch.getPropertyName();
			if (name == null) {
				return List.of(Violation.of("value", "type", "problem.field.type", Text.of("problem.field.value"),
						ExpectedTypes.describe(mismatch.getRequiredType(), null)));
			}
			return List.of(Violation.of(name, "type", "problem.field.type", name,
					ExpectedTypes.describe(mismatch.getRequiredType(), name)));
		}
		if (ex instanceof InvalidPropertyException invalid) {
			return List.of(Violation.of(invalid.getPropertyName(), "index", "problem.field.index",
					invalid.getPropertyName()));
		}
		if (ex instanceof MultipartException) {
			return List.of(Violation.of("body", "readable-multipart", "problem.multipart"));
		}
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			return List.of(Violation.of("path", "exists", "problem.path"));
		}
		if (ex instanceof InvalidParameterException invalid) {
			return List.of(invalid.violation());
		}
		if (ex instanceof ServletRequestBindingException) {
			return List.of(Violation.of("request", "binding", "problem.binding"));
		}
		return List.of(Violation.of("request", "valid-request", "problem.request"));
	}

	/** An unreadable JSON body, naming the field and what it should have been where Jackson knows. */
	static Violation unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (!(cause instanceof JacksonException jackson)) {
			return Violation.of("body", "readable-json", "problem.json.empty");
		}
		String field = path(jackson);
		if (cause instanceof JsonInputConfiguration.ControlCharacterException) {
			return ControlCharacters.violation(field);
		}
		if (cause instanceof InvalidNullException) {
			return Violation.of(field, "not-null", "problem.json.null", field);
		}
		if (cause instanceof UnrecognizedPropertyException) {
			return Violation.of(field, "known-field", "problem.json.unknownField", field);
		}
		Class<?> target = cause instanceof MismatchedInputException mismatched ? mismatched.getTargetType()
				: cause instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
		if (field.isEmpty() && target != null) {
			return Violation.of("body", "type", "problem.body.type", ExpectedTypes.describe(target, ""));
		}
		if (!field.isEmpty()) {
			String key = cause instanceof InputCoercionException ? "problem.field.type.tooLarge" : "problem.field.type";
			return Violation.of(field, "type", key, field, ExpectedTypes.describe(target, field));
		}
		if (cause instanceof StreamReadException read && read.getLocation() != null) {
			return Violation.of("body", "readable-json", "problem.json.syntax",
					String.valueOf(read.getLocation().getLineNr()), String.valueOf(read.getLocation().getColumnNr()));
		}
		return Violation.of("body", "readable-json", "problem.json.unreadable");
	}

	/** Jackson's path as a client writes it: {@code budgetLines[2].amount}. */
	static String path(JacksonException ex) {
		var text = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!text.isEmpty()) {
					text.append('.');
				}
				text.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				text.append('[').append(ref.getIndex()).append(']');
			}
		}
		return text.toString();
	}

	static Text title(int status) {
		return switch (status) {
			case 400, 404, 405, 406, 413, 415 -> Text.of("problem.title." + status);
			default -> Text.of(status >= 500 ? "problem.title.5xx" : "problem.title.other");
		};
	}
}
