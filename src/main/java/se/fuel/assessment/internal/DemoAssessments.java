package se.fuel.assessment.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.applications.SubmittedApplication;
import se.fuel.applications.SubmittedApplications;
import se.fuel.assessment.Recommendation;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.SwedishFormat;
import se.fuel.system.FuelProperties;

/**
 * The assessments behind the 2024 decision document's ("Ärendet"): six LUM applications rejected with their reasons, three
 * partly granted with the amounts of the allocation table, the other five LUM and all eight MUL granted in full. The
 * motivations are made up in the words of the document.
 */
@Component
@Order(50)
class DemoAssessments implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

	static final UUID NOT_NEW = UUID.fromString("7a1c0e2e-5b1f-4c8e-9d10-000000000001");

	static final UUID NO_PRIORITY_AREA = UUID.fromString("7a1c0e2e-5b1f-4c8e-9d10-000000000002");

	static final UUID OUTSIDE_REMIT = UUID.fromString("7a1c0e2e-5b1f-4c8e-9d10-000000000003");

	static final UUID WEAK_LOGIC = UUID.fromString("7a1c0e2e-5b1f-4c8e-9d10-000000000004");

	/** The 2024 decision's rejected LUM applications, by the start of their title, with their reason category. */
	static final Map<String, UUID> REJECTED = Map.of("BFS (Boende med förstärkt stöd)", NOT_NEW,
			"Förstärkt stöd till familjehem och vårdnadshavare", NOT_NEW, "ARN- Aktivera Rätt Nätverk", NOT_NEW,
			"Nya arbetsätt och metoder för att förebygga felaktiga utbetalningar", NO_PRIORITY_AREA,
			"Förstärkt handledning och samordning av Stockholmsjobb", OUTSIDE_REMIT,
			"Föräldraskapsstöd för alla", WEAK_LOGIC);

	/** The 2024 decision's partly granted LUM applications with the amounts of its allocation table. */
	static final Map<String, Long> PARTIAL = Map.of("Tidigt stöd till minderåriga EU-medborgare", 200_000L,
			"Hur kan brukare och personal förstå varandra bättre?", 250_000L,
			"Framtidens socialtjänst – i samskapande med brukarna", 250_000L);

	private static final String MADE_UP = " (Motivering formulerad för demo utifrån dokument 002.)";

	private final FuelProperties properties;

	private final Calls calls;

	private final SubmittedApplications applications;

	private final AssessmentRepository assessments;

	private final AuditTrail audit;

	DemoAssessments(FuelProperties properties, Calls calls, SubmittedApplications applications,
			AssessmentRepository assessments, AuditTrail audit) {
		this.properties = properties;
		this.calls = calls;
		this.applications = applications;
		this.assessments = assessments;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demoMode()) {
			return;
		}
		int created = 0;
		for (CallView call : calls.all()) {
			if (call.year() != 2024 || !List.of("LUM", "MUL").contains(call.programmeCode())) {
				continue;
			}
			for (SubmittedApplication app : applications.submittedTo(call.id())) {
				if (assessments.findByApplicationId(app.id()).isEmpty()) {
					assess(call, app);
					created++;
				}
			}
		}
		if (created > 0) {
			log.info("Demo mode: {} assessments of 2024 created", created);
		}
	}

	private void assess(CallView call, SubmittedApplication app) {
		UUID reason = match(REJECTED, app.title());
		Long partial = match(PARTIAL, app.title());
		int failedCriterion = reason == NOT_NEW ? 0 : reason == OUTSIDE_REMIT ? 1 : -1;
		var criteria = new ArrayList<CriterionResult>();
		for (int i = 0; i < call.mainCriteria().size(); i++) {
			boolean met = i != failedCriterion;
			criteria.add(new CriterionResult(call.mainCriteria().get(i), met,
					(met ? "Bedöms uppfyllt." : i == 0 ? "Bedöms inte uppfylla huvudkriteriet om nya arbetssätt/metoder."
							: "Bedöms ligga utanför socialtjänstens verksamhetsområde.") + MADE_UP));
		}
		var areas = new ArrayList<AreaResult>();
		for (int i = 0; i < call.priorityAreas().size(); i++) {
			areas.add(new AreaResult(call.priorityAreas().get(i), reason == NO_PRIORITY_AREA ? false : i == 0));
		}
		Recommendation recommendation = reason != null ? Recommendation.REJECT
				: partial != null ? Recommendation.PARTIAL_GRANT : Recommendation.GRANT;
		String motivation = switch (recommendation) {
			case REJECT -> reasonText(reason);
			case PARTIAL_GRANT -> "Projektet bedöms kunna genomföras med en reducerad summa av ansökta medel.";
			case GRANT -> "Ansökan uppfyller huvudkriterierna och beviljas med sökt belopp.";
		};
		var assessment = new Assessment(app.id(), call.id());
		assessment.record(criteria, areas, recommendation, partial, reason, motivation + MADE_UP, "handlaggare",
				LocalDateTime.of(2023, 11, 20, 10, 0).atZone(SwedishFormat.ZONE).toInstant());
		assessments.save(assessment);
		audit.record(AssessmentService.AUDIT_TYPE, assessment.id(), "created", null, assessment.snapshot());
	}

	private static String reasonText(UUID reason) {
		if (reason == NOT_NEW) {
			return "Projektet bedöms inte uppfylla huvudkriteriet om nya arbetsätt/metoder.";
		}
		if (reason == NO_PRIORITY_AREA) {
			return "Projektet bedöms uppfylla huvudkriterierna men bedöms inte uppfylla något av de prioriterade områdena.";
		}
		if (reason == OUTSIDE_REMIT) {
			return "Projektet bedöms ligga utanför socialtjänstens verksamhetsområde.";
		}
		return "Projektet bedöms uppfylla huvudkriterier och ett av de prioriterade områdena men har en bristfällig logik "
				+ "mellan problemformulering och föreslagen metod.";
	}

	private static <T> T match(Map<String, T> byTitleStart, String title) {
		return byTitleStart.entrySet().stream().filter(e -> title != null && title.startsWith(e.getKey()))
			.map(Map.Entry::getValue).findFirst().orElse(null);
	}
}
