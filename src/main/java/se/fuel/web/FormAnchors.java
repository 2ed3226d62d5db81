package se.fuel.web;

import org.springframework.stereotype.Component;

/**
 * Ids for form fields in the shared fragments ({@code templates/fragments/forms.html}): a field name such as
 * {@code budgetLines[2].amount} becomes {@code budgetLines-2-amount}, an id the error summary can link to.
 */
@Component("forms")
public class FormAnchors {

	public String anchor(String field) {
		return field == null ? "" : field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
	}

	/** The {@code aria-describedby} of an input: its hint and its error, whichever it has, or none. */
	public String describedBy(String id, boolean hasHint, boolean hasError) {
		String ids = ((hasHint ? id + "-hint " : "") + (hasError ? id + "-error" : "")).strip();
		return ids.isEmpty() ? null : ids;
	}
}
