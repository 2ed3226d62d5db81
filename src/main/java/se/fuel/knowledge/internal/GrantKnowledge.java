package se.fuel.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.fuel.grants.ApprovedReport;
import se.fuel.grants.GrantView;
import se.fuel.grants.ReportInput;
import se.fuel.knowledge.ImplementationStatus;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.knowledge.KnowledgeKind;

/**
 * The knowledge item a grant's approved report makes: a report, a travel report for a study visit (MUL), or the
 * pre-study itself when the grant paid for one (seeds/004: "– förstudie"), with the lessons (erfarenheter) as summary
 * and the rest of the report as its text.
 */
final class GrantKnowledge {

	static final String STUDY_VISITS = "MUL";

	private GrantKnowledge() {
	}

	static KnowledgeItemInput input(ApprovedReport approved) {
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
				body(grant, report, approved.report().coordinatorComment()), grant.year(), grant.id(), organisations,
				grant.programmeCode(), AreaGuess.of(grant.area(), grant.title(), grant.targetGroup(), grant.purpose()),
				targetGroups, List.of(), implementation(report), outcome(report), null);
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

	private static String body(GrantView grant, ReportInput report, String coordinatorComment) {
		StringBuilder text = new StringBuilder();
		section(text, "Mål och syfte", grant.purpose());
		section(text, "Vad som genomförts", report.whatWasDone());
		section(text, "Erfarenheter och slutsatser", report.experiences());
		section(text, "Implementering", report.implementationPlanHow());
		section(text, "Förslag till fortsatt arbete", report.proposals());
		section(text, "Samordnarens kommentar", coordinatorComment);
		return text.toString().strip();
	}

	private static String outcome(ReportInput report) {
		long women = nullToZero(report.participantsWomen());
		long men = nullToZero(report.participantsMen());
		long other = nullToZero(report.participantsOther());
		List<String> lines = new ArrayList<>();
		if (women + men + other > 0) {
			lines.add("Deltagare: " + (women + men + other) + " (" + women + " kvinnor, " + men + " män, " + other
					+ " andra).");
		}
		if (report.outcomes() != null) {
			report.outcomes().stream()
				.filter(o -> nullToZero(o.women()) + nullToZero(o.men()) + nullToZero(o.other()) > 0)
				.forEach(o -> lines.add(o.category() + ": "
						+ (nullToZero(o.women()) + nullToZero(o.men()) + nullToZero(o.other())) + "."));
		}
		return lines.isEmpty() ? null : String.join("\n", lines);
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
