package se.fuel.assessment.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.util.MultiValueMap;
import se.fuel.assessment.AssessmentInput;
import se.fuel.assessment.AssessmentView;
import se.fuel.assessment.Recommendation;
import se.fuel.assessment.rules.CriterionFields;
import se.fuel.common.Text;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;
import se.fuel.common.web.FormInput;

/**
 * The assessment form's fields as typed, so that a rejected form is shown again exactly as the officer left it.
 * Radios are "true"/"false" or empty; amounts are kept as text until they parse.
 */
public record AssessmentForm(Map<String, String> values) {

	static AssessmentForm of(AssessmentView view) {
		var v = new HashMap<String, String>();
		for (int i = 0; i < view.criteria().size(); i++) {
			var c = view.criteria().get(i);
			v.put(CriterionFields.met(i), c.met() == null ? "" : c.met().toString());
			v.put(CriterionFields.motivation(i), c.motivation() == null ? "" : c.motivation());
		}
		for (int i = 0; i < view.priorityAreas().size(); i++) {
			var a = view.priorityAreas().get(i);
			v.put(CriterionFields.area(i), a.addressed() == null ? "" : a.addressed().toString());
		}
		v.put("recommendation", view.recommendation() == null ? "" : view.recommendation().name());
		v.put("partialAmount", view.partialAmount() == null ? "" : view.partialAmount().toString());
		v.put("reasonCategoryId", view.reasonCategoryId() == null ? "" : view.reasonCategoryId().toString());
		v.put("motivation", view.motivation() == null ? "" : view.motivation());
		v.put("version", Long.toString(view.version()));
		return new AssessmentForm(v);
	}

	static AssessmentForm of(MultiValueMap<String, String> posted) {
		var v = new HashMap<String, String>();
		posted.forEach((k, list) -> v.put(k, list.isEmpty() || list.get(0) == null ? "" : list.get(0)));
		return new AssessmentForm(v);
	}

	public String get(String field) {
		return values.getOrDefault(field, "");
	}

	/** The version the form was opened at; none (no check) when the field is missing or not a number. */
	Long version() {
		try {
			return get("version").isBlank() ? null : Long.valueOf(get("version").strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** The input for the service, and violations of what does not even parse (collected with the service's). */
	AssessmentInput input(int criteria, int areas, List<Violation> unreadable) {
		var answers = new ArrayList<AssessmentInput.CriterionAnswer>();
		for (int i = 0; i < criteria; i++) {
			answers.add(new AssessmentInput.CriterionAnswer(bool(CriterionFields.met(i)),
					get(CriterionFields.motivation(i))));
		}
		var addressed = new ArrayList<Boolean>();
		for (int i = 0; i < areas; i++) {
			addressed.add(bool(CriterionFields.area(i)));
		}
		Recommendation recommendation = null;
		try {
			recommendation = get("recommendation").isBlank() ? null : Recommendation.valueOf(get("recommendation"));
		}
		catch (IllegalArgumentException e) {
			throw new ViolationException(Violation.of("recommendation", "known",
					"assessment.rule.knownRecommendation"));
		}
		Long amount = null;
		if (recommendation == Recommendation.PARTIAL_GRANT) {
			int before = unreadable.size();
			amount = FormInput.kronor(get("partialAmount"), "partialAmount", Text.of("assessment.partialAmount"),
					unreadable);
			if (unreadable.size() > before) {
				// The form's own sentence, which names the field as the officer knows it.
				unreadable.set(before, Violation.of("partialAmount", "whole-kronor",
						"assessment.rule.partialAmountWholeKronor"));
				// Negative so that the service refuses it too; the page shows this message instead of the rule's.
				amount = -1L;
			}
		}
		UUID reason = null;
		if (!get("reasonCategoryId").isBlank()) {
			try {
				reason = UUID.fromString(get("reasonCategoryId"));
			}
			catch (IllegalArgumentException e) {
				// Treated as no choice: the rejection rule then asks for one.
			}
		}
		return new AssessmentInput(answers, addressed, recommendation, amount, reason, get("motivation"));
	}

	private Boolean bool(String field) {
		return switch (get(field)) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> null;
		};
	}
}
