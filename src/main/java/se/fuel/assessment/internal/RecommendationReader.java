package se.fuel.assessment.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.applications.SubmittedApplication;
import se.fuel.applications.SubmittedApplications;
import se.fuel.assessment.RecommendationSummary;
import se.fuel.assessment.Recommendations;

/** Recommendations for the allocation, straight from the assessments; assessments without a recommendation are left out. */
@Service
class RecommendationReader implements Recommendations {

	private final AssessmentRepository assessments;

	private final ReasonCategoryRepository reasons;

	private final SubmittedApplications applications;

	private final DocumentPhrases phrases;

	RecommendationReader(AssessmentRepository assessments, ReasonCategoryRepository reasons,
			SubmittedApplications applications, DocumentPhrases phrases) {
		this.phrases = phrases;
		this.assessments = assessments;
		this.reasons = reasons;
		this.applications = applications;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, RecommendationSummary> forCall(UUID callId) {
		Map<UUID, ReasonCategory> categories = reasons.findAll().stream()
			.collect(Collectors.toMap(ReasonCategory::id, Function.identity()));
		Map<UUID, RecommendationSummary> result = new LinkedHashMap<>();
		for (Assessment a : assessments.findByCallId(callId)) {
			if (a.recommendation() == null) {
				continue;
			}
			long requested = applications.find(a.applicationId()).map(SubmittedApplication::requestedAmount).orElse(0L);
			ReasonCategory category = a.reasonCategoryId() == null ? null : categories.get(a.reasonCategoryId());
			Long amount = a.recommendedAmount(requested);
			result.put(a.applicationId(), new RecommendationSummary(a.applicationId(), a.recommendation(),
					amount == null ? 0 : amount, category == null ? null : category.name(),
					category == null ? "" : phrases.of(category), a.motivation()));
		}
		return result;
	}
}
