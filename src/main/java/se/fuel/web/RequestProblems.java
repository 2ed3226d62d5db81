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
import se.fuel.common.Violation;

/**
 * Everything a client can get wrong about a request before a rule of Fuel's is even asked (the body, its type, a
 * parameter, a header, the method), told in Swedish and naming the field where there is one, so that no such mistake
 * reaches the client as Spring's English text or as a server error.
 */
final class RequestProblems {

	private RequestProblems() {
	}

	/** The Swedish problem for one of Spring MVC's own exceptions, with the status Spring chose for it. */
	static ProblemDetail problem(Exception ex, HttpStatusCode status) {
		var problem = ApiErrorAdvice.withViolations(HttpStatusCode.valueOf(status.value()), violations(ex));
		problem.setTitle(title(status.value()));
		return problem;
	}

	static List<Violation> violations(Exception ex) {
		if (ex instanceof HttpMessageNotReadableException unreadable) {
			return List.of(unreadable(unreadable));
		}
		if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
			String sent = unsupported.getContentType() == null ? "okänd" : unsupported.getContentType().toString();
			String accepted = unsupported.getSupportedMediaTypes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE
					: unsupported.getSupportedMediaTypes().stream().map(MediaType::toString)
						.collect(Collectors.joining(", "));
			return List.of(new Violation("Content-Type", "supported-content-type", "Innehållstypen " + sent
					+ " stöds inte här. Skicka " + accepted + "."));
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
			String offered = notAcceptable.getSupportedMediaTypes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE
					: notAcceptable.getSupportedMediaTypes().stream().map(MediaType::toString)
						.collect(Collectors.joining(", "));
			return List.of(new Violation("Accept", "acceptable-content-type",
					"Svaret kan inte ges i den form som Accept begär. Det finns som " + offered + "."));
		}
		if (ex instanceof HttpRequestMethodNotSupportedException method) {
			String allowed = method.getSupportedHttpMethods() == null ? ""
					: " Tillåtna metoder: " + method.getSupportedHttpMethods().stream().map(Object::toString)
						.collect(Collectors.joining(", ")) + ".";
			return List.of(new Violation("method", "supported-method",
					"Metoden " + method.getMethod() + " går inte att använda på den här adressen." + allowed));
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return List.of(new Violation(missing.getParameterName(), "required",
					"Parametern \u201D" + missing.getParameterName() + "\u201D saknas."));
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			return List.of(new Violation(missing.getRequestPartName(), "required",
					"Delen \u201D" + missing.getRequestPartName() + "\u201D saknas i begäran (multipart/form-data)."));
		}
		if (ex instanceof MissingRequestHeaderException missing) {
			return List.of(new Violation(missing.getHeaderName(), "required",
					"Huvudet \u201D" + missing.getHeaderName() + "\u201D saknas i begäran."));
		}
		if (ex instanceof MissingRequestCookieException missing) {
			return List.of(new Violation(missing.getCookieName(), "required",
					"Kakan \u201D" + missing.getCookieName() + "\u201D saknas i begäran."));
		}
		if (ex instanceof TypeMismatchException mismatch) {
			String name = mismatch.getPropertyName() == null ? "värdet" : mismatch.getPropertyName();
			return List.of(new Violation(name, "type", "Fältet \u201D" + name + "\u201D ska vara "
					+ ExpectedTypes.describe(mismatch.getRequiredType(), name) + "."));
		}
		if (ex instanceof InvalidPropertyException invalid) {
			return List.of(new Violation(invalid.getPropertyName(), "index",
					"Fältet \u201D" + invalid.getPropertyName() + "\u201D finns inte i formuläret eller har ett "
							+ "ogiltigt radnummer."));
		}
		if (ex instanceof MultipartException) {
			return List.of(new Violation("body", "readable-multipart", "Begäran kunde inte läsas som "
					+ "multipart/form-data (saknas gränsmarkering, boundary?). Skicka JSON med Content-Type: "
					+ "application/json, eller ett korrekt formulär."));
		}
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			return List.of(new Violation("path", "exists", "Adressen finns inte."));
		}
		if (ex instanceof InvalidParameterException invalid) {
			return List.of(invalid.violation());
		}
		if (ex instanceof ServletRequestBindingException) {
			return List.of(new Violation("request", "binding", "Begäran saknar en parameter eller ett huvud som "
					+ "krävs, eller har ett i fel format."));
		}
		return List.of(new Violation("request", "valid-request", "Begäran kunde inte behandlas som den skickades."));
	}

	/** An unreadable JSON body, naming the field and what it should have been where Jackson knows. */
	static Violation unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (!(cause instanceof JacksonException jackson)) {
			return new Violation("body", "readable-json", "Begäran saknar innehåll eller kunde inte läsas. Skicka "
					+ "ett JSON-objekt med Content-Type: application/json.");
		}
		String field = path(jackson);
		if (cause instanceof JsonInputConfiguration.ControlCharacterException) {
			return ControlCharacters.violation(field);
		}
		if (cause instanceof InvalidNullException) {
			return new Violation(field, "not-null", "Fältet \u201D" + field + "\u201D får inte vara null: en "
					+ "lista får bara innehålla riktiga värden.");
		}
		if (cause instanceof UnrecognizedPropertyException) {
			return new Violation(field, "known-field", "Fältet \u201D" + field + "\u201D finns inte här.");
		}
		Class<?> target = cause instanceof MismatchedInputException mismatched ? mismatched.getTargetType()
				: cause instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
		if (field.isEmpty() && target != null) {
			return new Violation("body", "type", "Begäran ska vara " + ExpectedTypes.describe(target, "") + ".");
		}
		if (!field.isEmpty()) {
			String tooLarge = cause instanceof InputCoercionException ? " (värdet är för stort)" : "";
			return new Violation(field, "type", "Fältet \u201D" + field + "\u201D ska vara "
					+ ExpectedTypes.describe(target, field) + tooLarge + ".");
		}
		if (cause instanceof StreamReadException read && read.getLocation() != null) {
			return new Violation("body", "readable-json", "Begäran är inte giltig JSON (rad "
					+ read.getLocation().getLineNr() + ", tecken " + read.getLocation().getColumnNr() + ").");
		}
		return new Violation("body", "readable-json", "Begäran kunde inte läsas som JSON. Kontrollera att alla fält "
				+ "har rätt typ (belopp i hela kronor, datum som ÅÅÅÅ-MM-DD).");
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

	static String title(int status) {
		return switch (status) {
			case 400 -> "Felaktig begäran";
			case 404 -> "Hittades inte";
			case 405 -> "Metoden är inte tillåten";
			case 406 -> "Svarsformatet kan inte ges";
			case 413 -> "För stor begäran";
			case 415 -> "Innehållstypen stöds inte";
			default -> status >= 500 ? "Serverfel" : "Begäran kunde inte behandlas";
		};
	}
}
