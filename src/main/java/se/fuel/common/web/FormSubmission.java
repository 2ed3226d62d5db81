package se.fuel.common.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;

/**
 * The one way a page form is submitted: run the save, and if a rule refuses it, show the same form again with 422,
 * an error summary and each message beside its field, keeping everything the person typed. The templates read
 * {@code violations} (for {@code fragments/forms :: errorSummary}) and {@code errors} (field → messages, for
 * {@code fragments/forms :: fieldError}).
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	/**
	 * Runs {@code save}, which answers where to go next (a redirect); on a {@link ViolationException} answers
	 * {@code form}'s view instead, with the violations in the model.
	 */
	public static String submit(Model model, HttpServletResponse response, Supplier<String> save,
			Supplier<String> form) {
		try {
			return save.get();
		}
		catch (ViolationException e) {
			return rejected(model, response, e.violations(), form);
		}
	}

	/** The form again with 422 and these violations, e.g. found while reading the input before any save. */
	public static String rejected(Model model, HttpServletResponse response, List<Violation> violations,
			Supplier<String> form) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		show(model, violations);
		return form.get();
	}

	/** Puts the violations in the model, in the order found. */
	public static void show(Model model, List<Violation> violations) {
		model.addAttribute("violations", List.copyOf(violations));
		model.addAttribute("errors", byField(violations));
	}

	/** Puts the violations in the model ordered as the fields appear on the form; unknown fields come last. */
	public static void show(Model model, List<Violation> violations, List<String> fieldOrder) {
		show(model, violations.stream()
			.sorted(Comparator.comparingInt(v -> fieldOrder.contains(v.field()) ? fieldOrder.indexOf(v.field())
					: Integer.MAX_VALUE))
			.toList());
	}

	/** Every message per field, fields in the order given. */
	public static Map<String, List<Text>> byField(List<Violation> violations) {
		var byField = new LinkedHashMap<String, List<Text>>();
		violations.forEach(v -> byField.computeIfAbsent(v.field(), f -> new ArrayList<>()).add(v.message()));
		return byField;
	}
}
