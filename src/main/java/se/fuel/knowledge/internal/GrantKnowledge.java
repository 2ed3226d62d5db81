package se.fuel.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import se.fuel.common.SwedishFormat;
import se.fuel.grants.ApprovedReport;
import se.fuel.grants.GrantView;
import se.fuel.grants.ReportInput;
import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeKind;

/**
 * The knowledge item a grant's approved report makes: a report, a travel report for a study visit (MUL), or the
 * pre-study itself when the grant paid for one ("– förstudie" in its title), with the lessons (erfarenheter) as
 * summary and the rest of the report as its text.
 */
final class GrantKnowledge {

	static final String STUDY_VISITS = "MUL";

	private GrantKnowledge() {
	}

	/** @param messages the bundles, read in Swedish: the item is the city's record of the report, written once */
	static KnowledgeItemInput input(ApprovedReport approved, MessageSource messages) {
		GrantView grant = approved.grant();
		ReportInput report = approved.report().content();
		KnowledgeKind kind = kindOf(grant);
		List<UUID> organisations = new ArrayList<>();
		organisations.add(grant.organisationId());
		organisations.addAll(grant.partnerOrganisationIds());
		String summary = firstNonBlank(report.experiences(), grant.purpose());
		List<String> targetGroups = grant.targetGroup() == null || grant.targetGroup().isBlank() ? List.of()
				: List.of(shorten(grant.targetGroup(), 500));
		return new KnowledgeItemInput(kind, shorten(grant.title(), 300), summary,
				body(grant, report, approved.report().coordinatorComment(), messages), grant.year(), grant.id(), organisations,
				grant.programmeCode(), AreaGuess.of(grant.area(), grant.title(), grant.targetGroup(), grant.purpose()),
				targetGroups, List.of(), implementation(report), outcome(report, messages), null);
	}

	static KnowledgeKind kindOf(GrantView grant) {
		if (STUDY_VISITS.equals(grant.programmeCode())) {
			return KnowledgeKind.TRAVEL_REPORT;
		}
		return grant.title().toLowerCase(java.util.Locale.ROOT).contains("förstudie") ? KnowledgeKind.PRE_STUDY
				: KnowledgeKind.REPORT;
	}

	/** A plan to take the work into regular activity counts as partly implemented until someone knows better. */
	static ImplementationStatus implementation(ReportInput report) {
		if (report.implementationPlan() == null) {
			return ImplementationStatus.UNKNOWN;
		}
		return report.implementationPlan() ? ImplementationStatus.PARTLY : ImplementationStatus.NOT_IMPLEMENTED;
	}

	private static String body(GrantView grant, ReportInput report, String coordinatorComment,
			MessageSource messages) {
		StringBuilder text = new StringBuilder();
		section(text, swedish(messages, "knowledge.fromReport.purpose"), grant.purpose());
		section(text, swedish(messages, "knowledge.fromReport.whatWasDone"), report.whatWasDone());
		section(text, swedish(messages, "knowledge.fromReport.experiences"), report.experiences());
		section(text, swedish(messages, "knowledge.fromReport.implementation"), report.implementationPlanHow());
		section(text, swedish(messages, "knowledge.fromReport.proposals"), report.proposals());
		section(text, swedish(messages, "knowledge.fromReport.coordinatorComment"), coordinatorComment);
		return text.toString().strip();
	}

	private static String outcome(ReportInput report, MessageSource messages) {
		long women = nullToZero(report.participantsWomen());
		long men = nullToZero(report.participantsMen());
		long other = nullToZero(report.participantsOther());
		List<String> lines = new ArrayList<>();
		if (women + men + other > 0) {
			lines.add(swedish(messages, "knowledge.fromReport.participants", String.valueOf(women + men + other),
					String.valueOf(women), String.valueOf(men), String.valueOf(other)));
		}
		if (report.outcomes() != null) {
			report.outcomes().stream()
				.filter(o -> nullToZero(o.women()) + nullToZero(o.men()) + nullToZero(o.other()) > 0)
				.forEach(o -> lines.add(o.category() + ": "
						+ (nullToZero(o.women()) + nullToZero(o.men()) + nullToZero(o.other())) + "."));
		}
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	private static String swedish(MessageSource messages, String key, Object... arguments) {
		return messages.getMessage(key, arguments, SwedishFormat.SWEDISH);
	}

	private static void section(StringBuilder text, String heading, String content) {
		if (content != null && !content.isBlank()) {
			text.append(heading).append("\n").append(content.strip()).append("\n\n");
		}
	}

	private static String firstNonBlank(String a, String b) {
		return a != null && !a.isBlank() ? a.strip() : b;
	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private static long nullToZero(Long value) {
		return value == null ? 0 : value;
	}
}
