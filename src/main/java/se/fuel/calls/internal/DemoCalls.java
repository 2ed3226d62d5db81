package se.fuel.calls.internal;

import static se.fuel.calls.ApplicationSection.genderAnalysis;
import static se.fuel.calls.ApplicationSection.goals;
import static se.fuel.calls.ApplicationSection.implementationPlan;
import static se.fuel.calls.ApplicationSection.method;
import static se.fuel.calls.ApplicationSection.problem;
import static se.fuel.calls.ApplicationSection.purpose;
import static se.fuel.calls.ApplicationSection.researchLink;
import static se.fuel.calls.ApplicationSection.targetGroup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallInput;
import se.fuel.common.SwedishFormat;
import se.fuel.system.FuelProperties;

/**
 * The demo calls: LUM and MUL of 2019 (the 2019 direction, README.md) and 2024 (the 2024 decision proposal, README.md) as they were, closed, and an open 2027 pair to
 * try things out. Texts are copied from the seeds word for word, their spelling included; values the seeds do not give
 * are marked "antagande" (assumption) in the description.
 */
@Component
@Order(30)
class DemoCalls implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCalls.class);

	/** The 2024 decision proposal (README.md), "Huvudkriterier" for lokala utvecklingsmedel 2024. */
	static final List<String> LUM_2024_CRITERIA = List.of(
			"Projektet avser att prova nya arbetsätt, metod eller modell som inte tidigare provats för aktuell målgrupp inom socialtjänsten i Stockholm stad.",
			"Projektet ska bidra till utveckling och strategiskt värde för hela stadens socialtjänst.");

	/** The 2024 decision proposal (README.md), "Prioriterade områden" for lokala utvecklingsmedel 2024. */
	static final List<String> LUM_2024_PRIORITIES = List.of(
			"Projekt med avsikt att testa förebyggande insatser eller tidigt stöd.",
			"Projekt med syfte att stärka klientcentrering i organisationens arbete.",
			"Projekt med syfte att förbättra samordningen av stöd eller insatser för klient/brukare.");

	/** The 2024 decision proposal (README.md), "Medel för utveckling och lärande": what a study visit must be, and must not be. */
	static final List<String> MUL_2024_CRITERIA = List.of(
			"MUL ska bidra till lärande genom erfarenhetsutbyte med kollegor inom liknande verksamheter och funktioner i andra städer eller länder.",
			"MUL beviljas inte för att delta i särskilda utbildningar eller konferenser.");

	/** The 2019 direction (README.md), "Inriktning för 2019 års medel föreslås vara". */
	static final List<String> PRIORITIES_2019 = List.of(
			"Utveckling av socialtjänsten i staden utifrån likvärdiga och lika tillgängliga insatser oavsett var i staden man bor",
			"Underlätta ett mer sammanhållet stöd till den enskilde", "Förebyggande arbete",
			"Tidiga och kunskapsbaserade insatser");

	/** The 2019 direction (README.md): what the 2019 funds are for, in the document's words (it names no "huvudkriterier" as such). */
	static final List<String> LUM_2019_CRITERIA = List.of("Lokala utvecklingsprojekt med forskningsanknytning",
			"Medlen avser det år de beviljas och ansökan kan maximalt omfatta ett år.");

	static final List<String> MUL_2019_CRITERIA = List.of(
			"Det ger en möjlighet till praktiskt lärande i dialog med kolleger, med jämförbara arbetsuppgifter eller positioner, i andra städer och länder.");

	static final Map<ApplicationSection, Integer> WORD_LIMITS = Map.of(targetGroup, 300, problem, 300, goals, 200,
			method, 400, researchLink, 300, genderAnalysis, 200, implementationPlan, 300, purpose, 300);

	private final FuelProperties properties;

	private final FundingCallRepository calls;

	private final ProgrammeRepository programmes;

	private final AuditTrail auditTrail;

	private final Clock clock;

	DemoCalls(FuelProperties properties, FundingCallRepository calls, ProgrammeRepository programmes,
			AuditTrail auditTrail, Clock clock) {
		this.clock = clock;
		this.properties = properties;
		this.calls = calls;
		this.programmes = programmes;
		this.auditTrail = auditTrail;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demoMode()) {
			return;
		}
		int created = 0;
		for (var input : demoCalls(clock.instant())) {
			Programme programme = programmes.findByCodeIgnoreCase(input.programmeCode()).orElseThrow();
			if (calls.existsByProgrammeAndYear(programme, input.year())) {
				continue;
			}
			var call = calls.save(new FundingCall(programme, input));
			auditTrail.record(CallService.AUDIT_TYPE, call.getId(), "created", null, call.view());
			created++;
		}
		if (created > 0) {
			log.info("Demo mode: {} calls created", created);
		}
	}

	static List<CallInput> demoCalls(Instant now) {
		// The 2027 pair must stay open for whoever tries the demo, also after its planned closing day: it then
		// closes 120 days after the demo data is created, and the follow-up dates move with it. A closing day is a
		// day: the call closes at its end, as the planned one does, not at whatever time the demo happened to start.
		LocalDate movedDay = now.plus(Duration.ofDays(120)).atZone(SwedishFormat.ZONE).toLocalDate();
		Instant close2027 = latest(at(2027, 3, 31, 23, 59),
				at(movedDay.getYear(), movedDay.getMonthValue(), movedDay.getDayOfMonth(), 23, 59));
		LocalDate closeDay2027 = close2027.atZone(SwedishFormat.ZONE).toLocalDate();
		LocalDate repayment2027 = latest(LocalDate.of(2027, 6, 2), closeDay2027.plusDays(60));
		LocalDate reportDue2027 = latest(LocalDate.of(2028, 2, 28), closeDay2027.plusDays(300));
		return List.of(
				// 2019: the 2019 direction (README.md). Budget "cirka tre miljoner kronor" for LUM; MUL budget and the dates are made up.
				new CallInput("LUM", 2019, "Lokala utvecklingsmedel 2019",
						"Inriktning 2019 – FoU-medel för lokala utvecklingsprojekt (dokument 004). Varje stadsdelsförvaltning kan beviljas medel till högst tre ansökningar för både lokala utvecklingsprojekt och studieresor. Antaganden: budgeten (\"cirka tre miljoner kronor\") och datumen.",
						3_000_000L, at(2018, 9, 3, 8, 0), at(2018, 10, 31, 23, 59), 750_000L, 3, "LUM+MUL 2019", 12,
						LUM_2019_CRITERIA, PRIORITIES_2019, EnumSet.of(researchLink, genderAnalysis), Map.of(),
						LocalDate.of(2020, 2, 28), LocalDate.of(2019, 6, 3), true, "FoU"),
				new CallInput("MUL", 2019, "Medel för studieresor 2019",
						"Medel för studieresor 2019 (dokument 004). Maximalt belopp som en stadsdelsförvaltning kan beviljas för en studieresa är 25 000 kronor. Antaganden: budgeten och datumen.",
						200_000L, at(2018, 9, 3, 8, 0), at(2018, 10, 31, 23, 59), 25_000L, 3, "LUM+MUL 2019", 12,
						MUL_2019_CRITERIA, PRIORITIES_2019, EnumSet.of(genderAnalysis), Map.of(),
						LocalDate.of(2020, 2, 28), LocalDate.of(2019, 6, 3), true, "FoU"),
				// 2024: the 2024 decision proposal (README.md). LUM budget 3 000 000 from the decision; MUL 198 400 was granted, its budget is
				// made up; LUM cap 750 000 taken from the 2019 rules; the autumn 2023 dates are made up.
				new CallInput("LUM", 2024, "Lokala utvecklingsmedel 2024",
						"Utlysning av lokala utvecklingsmedel (LUM) 2024 (dokument 002). Projekt som beviljas medel ska uppfylla huvudkriterierna. Prioriterade områden är inte obligatoriska men projekt med någon av dessa inriktningar prioriteras i urvalsprocessen. Antaganden: högsta belopp 750 000 kronor (2019 års regel), tak på tre beviljade ansökningar, datumen.",
						3_000_000L, at(2023, 9, 1, 8, 0), at(2023, 10, 15, 23, 59), 750_000L, 3, "LUM+MUL 2024", 12,
						LUM_2024_CRITERIA, LUM_2024_PRIORITIES, EnumSet.of(genderAnalysis), Map.of(),
						LocalDate.of(2025, 2, 28), LocalDate.of(2024, 6, 2), true, "FoU"),
				new CallInput("MUL", 2024, "Medel för utveckling och lärande 2024",
						"Medel för utveckling och lärande genom studiebesök/resor (MUL) 2024 (dokument 002). Det högsta beloppet att söka är 25 000 kronor. Antaganden: budgeten 200 000 kronor (beviljat blev 198 400 kronor), tak på tre beviljade ansökningar, datumen.",
						200_000L, at(2023, 9, 1, 8, 0), at(2023, 10, 15, 23, 59), 25_000L, 3, "LUM+MUL 2024", 12,
						MUL_2024_CRITERIA, List.of(), EnumSet.of(genderAnalysis), Map.of(), LocalDate.of(2025, 2, 28),
						LocalDate.of(2024, 6, 2), true, "FoU"),
				// 2027: open for trying things out; the 2024 rules with the 2019 caps. All values are made up.
				new CallInput("LUM", 2027, "Lokala utvecklingsmedel 2027",
						"Demoutlysning för att prova Fuel: 2024 års kriterier med 2019 års tak. Alla belopp och datum är påhittade.",
						3_000_000L, at(2026, 10, 1, 8, 0), close2027, 750_000L, 3, "LUM+MUL 2027", 12,
						LUM_2024_CRITERIA, LUM_2024_PRIORITIES,
						EnumSet.of(targetGroup, problem, goals, method, genderAnalysis, implementationPlan),
						WORD_LIMITS, reportDue2027, repayment2027, true, "FoU"),
				new CallInput("MUL", 2027, "Medel för utveckling och lärande 2027",
						"Demoutlysning för att prova Fuel: studiebesök och studieresor hos kollegor i andra städer eller länder. Alla belopp och datum är påhittade.",
						200_000L, at(2026, 10, 1, 8, 0), close2027, 25_000L, 3, "LUM+MUL 2027", 12,
						MUL_2024_CRITERIA, List.of(), Set.of(purpose, genderAnalysis), WORD_LIMITS,
						reportDue2027, repayment2027, true, "FoU"));
	}

	private static <T extends Comparable<? super T>> T latest(T a, T b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(SwedishFormat.ZONE).toInstant();
	}
}
