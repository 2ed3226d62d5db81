package se.fuel.applications.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.applications.ApplicationContent;
import se.fuel.applications.eligibility.Finding;
import se.fuel.audit.AuditTrail;
import se.fuel.calls.ApplicationSection;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.common.SwedishFormat;
import se.fuel.organisations.Organisations;
import se.fuel.system.FuelProperties;

/**
 * The applications of the 2024 decision proposal (README.md): the 14 LUM and 8 MUL applications of 2024, submitted, with registration numbers; for
 * the open 2027 calls the made-up submitted round of {@link DemoRound2027} (unassessed, for the officer to assess and
 * allocate) and two drafts. The seeds give only the titles, the granted amounts and the totals applied for; every other
 * value is made up and says so in its demo note.
 */
@Component
@Order(40)
class DemoApplications implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);

	private static final String AMOUNT_MADE_UP = "Belopp påhittat för demo: dokument 002 ger bara totalen 6 460 000 kronor för LUM.";

	/**
	 * One demo application.
	 * @param note what is made up about it, beyond the texts (which are all made up)
	 */
	record Demo(String programme, String organisationCode, String title, long requested, String note) {
	}

	/**
	 * LUM 2024. Fully granted projects asked exactly what they got (the 2024 decision proposal's allocation table); the three partly
	 * granted ones asked more than they got, and the six rejected ones were assigned to districts so that the fourteen
	 * come from ten administrations, as "Ärendet" says. Those amounts and assignments are made up.
	 */
	static final List<Demo> LUM_2024 = List.of(
			new Demo("LUM", "norrmalm", "Tidigt stöd till minderåriga EU-medborgare", 400_000,
					"Delvis beviljad med 200 000 kronor. " + AMOUNT_MADE_UP),
			new Demo("LUM", "sodermalm", "Prata om det – barn som anhöriga", 300_000, "Beviljad med sökt belopp."),
			new Demo("LUM", "jarva",
					"Utveckla arbetsätt och metoder för strukturerad samverkan och parallella insatser för rehabiliteringsärenden på ekonomiskt bistånd",
					500_000, "Beviljad med sökt belopp."),
			new Demo("LUM", "farsta", "Digital Lots för samsjukliga", 500_000, "Beviljad med sökt belopp."),
			new Demo("LUM", "kungsholmen", "Hur kan brukare och personal förstå varandra bättre?", 500_000,
					"Delvis beviljad med 250 000 kronor. " + AMOUNT_MADE_UP),
			new Demo("LUM", "hagersten-alvsjo", "Viewpoint inom socialpsykiatri – Ett digitalt kommunikationsstöd",
					500_000, "Beviljad med sökt belopp."),
			new Demo("LUM", "hasselby-vallingby", "Framtidens socialtjänst – i samskapande med brukarna", 450_000,
					"Delvis beviljad med 250 000 kronor. " + AMOUNT_MADE_UP),
			new Demo("LUM", "skarpnack", "Familjeorienterat boendestöd", 500_000, "Beviljad med sökt belopp."),
			new Demo("LUM", "bromma", "BFS (Boende med förstärkt stöd)", 600_000, rejected()),
			new Demo("LUM", "skarholmen",
					"Nya arbetsätt och metoder för att förebygga felaktiga utbetalningar av ekonomiskt bistånd som beror på interna felaktigheter",
					550_000, rejected()),
			new Demo("LUM", "bromma", "Förstärkt handledning och samordning av Stockholmsjobb på stadsdelsförvaltningen",
					450_000, rejected()),
			new Demo("LUM", "skarholmen", "Föräldraskapsstöd för alla – lättillgängligt föräldraskapsstöd", 400_000,
					rejected()),
			new Demo("LUM", "jarva", "Förstärkt stöd till familjehem och vårdnadshavare", 460_000, rejected()),
			new Demo("LUM", "sodermalm", "ARN- Aktivera Rätt Nätverk", 350_000, rejected()));

	/** MUL 2024: the eight visits of the allocation table, each granted what it asked for (the 2024 decision proposal, README.md). */
	static final List<Demo> MUL_2024 = List.of(
			new Demo("MUL", "farsta", "Verksamhetsbesök, Göteborg", 25_000, "Göteborg"),
			new Demo("MUL", "farsta", "Verksamhetsbesök, Finland", 25_000, "Finland"),
			new Demo("MUL", "enskede-arsta-vantor", "Verksamhetsbesök, Göteborg", 25_000, "Göteborg"),
			new Demo("MUL", "enskede-arsta-vantor", "Verksamhetsbesök, Belgien", 23_400, "Belgien"),
			new Demo("MUL", "hasselby-vallingby", "Verksamhetsbesök, Göteborg", 25_000, "Göteborg"),
			new Demo("MUL", "hasselby-vallingby", "Verksamhetsbesök, Gotland", 25_000, "Gotland"),
			new Demo("MUL", "kungsholmen", "Verksamhetsbesök, Malmö stad", 25_000, "Malmö stad"),
			new Demo("MUL", "sof-hemlosa", "Verksamhetsbesök, Göteborg", 25_000, "Göteborg"));

	private final FuelProperties properties;

	private final ApplicationRepository applications;

	private final Calls calls;

	private final Organisations organisations;

	private final RegistrationNumbers registrationNumbers;

	private final AuditTrail audit;

	private final Submission submission;

	private final MessageSource messages;

	private final Clock clock;

	DemoApplications(FuelProperties properties, ApplicationRepository applications, Calls calls,
			Organisations organisations, RegistrationNumbers registrationNumbers, AuditTrail audit,
			Submission submission, MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
		this.properties = properties;
		this.applications = applications;
		this.calls = calls;
		this.organisations = organisations;
		this.registrationNumbers = registrationNumbers;
		this.audit = audit;
		this.submission = submission;
	}

	private static String rejected() {
		return "Avslagen. Förvaltningen påhittad för demo (dokument 002 säger bara att de fjorton ansökningarna kom från tio "
				+ "stadsdelsförvaltningar). " + AMOUNT_MADE_UP;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demoMode()) {
			return;
		}
		int created = 0;
		Optional<CallView> lum2024 = call("LUM", 2024);
		Optional<CallView> mul2024 = call("MUL", 2024);
		if (lum2024.isPresent() && mul2024.isPresent()) {
			// Submitted in the 2024 calls' window in October 2023 (the dates are made up).
			Instant submitted = LocalDateTime.of(2023, 10, 10, 10, 0).atZone(SwedishFormat.ZONE).toInstant();
			for (Demo d : LUM_2024) {
				created += submitted(lum2024.get(), d, submitted) ? 1 : 0;
			}
			for (Demo d : MUL_2024) {
				created += submitted(mul2024.get(), d, submitted) ? 1 : 0;
			}
		}
		int created2027 = 0;
		Optional<CallView> lum2027 = call("LUM", 2027);
		Optional<CallView> mul2027 = call("MUL", 2027);
		if (lum2027.isPresent() && mul2027.isPresent()) {
			for (var d : DemoRound2027.LUM) {
				created2027 += submitted2027(lum2027.get(), d) ? 1 : 0;
			}
			for (var d : DemoRound2027.MUL) {
				created2027 += submitted2027(mul2027.get(), d) ? 1 : 0;
			}
		}
		call("LUM", 2027).ifPresent(c -> draft(c, "kungsholmen", "Stöd till unga vuxna i hemlöshet", 320_000));
		call("MUL", 2027).ifPresent(c -> draft(c, "enskede-arsta-vantor", "Verksamhetsbesök, Oslo", 24_000));
		if (created > 0) {
			log.info("Demo mode: {} applications of 2024 created", created);
		}
		if (created2027 > 0) {
			log.info("Demo mode: {} submitted applications of 2027 created", created2027);
		}
	}

	/**
	 * Submits a made-up 2027 application as an applicant would, through the eligibility policies, on an autumn 2026
	 * day inside the call's window; a demo application that breaks a rule is a bug in the demo data, so it stops the
	 * start rather than slipping in.
	 */
	private boolean submitted2027(CallView call, DemoRound2027.Demo d) {
		if (exists(call, d.organisationCode(), d.title())) {
			return false;
		}
		var partners = d.partnerCode() == null ? Set.<java.util.UUID>of()
				: Set.of(organisations.findByCode(d.partnerCode()).orElseThrow().id());
		var visit = d.visit();
		var content = new ApplicationContent(d.title(), d.contactName() + " (påhittad)",
				"kontakt@demo.fuel.stockholm.se", null, d.texts(),
				d.priorityAreas().stream().map(i -> call.priorityAreas().get(i)).toList(),
				d.budget().stream().map(l -> new ApplicationContent.Line(l.description(), l.amount())).toList(),
				d.requested(), d.start(), d.end(), partners, visit == null ? null : visit.destination(),
				visit == null ? null : visit.participants(), visit == null ? null : visit.roles(), visit != null);
		var application = new Application(call.id(), organisations.findByCode(d.organisationCode()).orElseThrow().id(),
				content, clock.instant());
		Instant at = LocalDateTime.of(2026, 10, d.submittedDay(), 10, 0).atZone(SwedishFormat.ZONE).toInstant();
		var findings = submission.check(application, call, at);
		var errors = findings.stream().filter(Finding::blocks).map(f -> f.violation().message().toString()).toList();
		if (!errors.isEmpty()) {
			throw new IllegalStateException("Demo application '" + d.title() + "' breaks the rules: " + errors);
		}
		application.submit(at, registrationNumbers.next(call.registrationPrefix(), call.year()),
				findings.stream().map(f -> messages.getMessage(f.violation().message(), SwedishFormat.SWEDISH)).toList());
		application.noteForDemo(DemoRound2027.NOTE);
		applications.save(application);
		audit.record(ApplicationService.AUDIT_TYPE, application.id(), "created", null, application.snapshot());
		return true;
	}

	private Optional<CallView> call(String programme, int year) {
		return calls.all().stream().filter(c -> c.programmeCode().equals(programme) && c.year() == year).findFirst();
	}

	private boolean submitted(CallView call, Demo d, Instant at) {
		if (exists(call, d.organisationCode(), d.title())) {
			return false;
		}
		boolean visit = d.programme().equals("MUL");
		var application = new Application(call.id(), organisations.findByCode(d.organisationCode()).orElseThrow().id(),
				content(d.title(), d.requested(), visit ? d.note() : null,
						LocalDate.of(2024, visit ? 4 : 1, visit ? 15 : 1), LocalDate.of(2024, visit ? 4 : 12,
								visit ? 17 : 31)), clock.instant());
		application.submit(at, registrationNumbers.next(call.registrationPrefix(), call.year()), List.of());
		application.noteForDemo(visit ? "Studiebesöket och beloppet är från dokument 002; texter, deltagare och datum "
				+ "är påhittade för demo." : d.note() + " Texter och datum påhittade för demo.");
		applications.save(application);
		audit.record(ApplicationService.AUDIT_TYPE, application.id(), "created", null, application.snapshot());
		return true;
	}

	private void draft(CallView call, String organisationCode, String title, long requested) {
		if (exists(call, organisationCode, title)) {
			return;
		}
		boolean visit = call.programmeCode().equals("MUL");
		var application = new Application(call.id(), organisations.findByCode(organisationCode).orElseThrow().id(),
				content(title, requested, visit ? "Oslo" : null, LocalDate.of(2027, visit ? 5 : 1, visit ? 10 : 1),
						LocalDate.of(2027, visit ? 5 : 12, visit ? 12 : 31)), clock.instant());
		application.noteForDemo("Utkast påhittat för demo.");
		applications.save(application);
		audit.record(ApplicationService.AUDIT_TYPE, application.id(), "created", null, application.snapshot());
	}

	private boolean exists(CallView call, String organisationCode, String title) {
		var org = organisations.findByCode(organisationCode).orElseThrow();
		return applications.findByCallId(call.id()).stream()
			.anyMatch(a -> a.leadOrganisationId().equals(org.id()) && title.equals(a.title()));
	}

	/** Made-up texts, so that the pages show what a real application holds. */
	private static ApplicationContent content(String title, long requested, String destination, LocalDate start,
			LocalDate end) {
		var texts = new EnumMap<ApplicationSection, String>(ApplicationSection.class);
		if (destination != null) {
			texts.put(ApplicationSection.purpose, "Erfarenhetsutbyte med kollegor i liknande verksamheter. (Påhittad text för demo.)");
			texts.put(ApplicationSection.genderAnalysis, "Besöket berör kvinnor och män i målgruppen lika. (Påhittad text för demo.)");
		}
		else {
			texts.put(ApplicationSection.targetGroup, "Se projektplanen. (Påhittad text för demo.)");
			texts.put(ApplicationSection.problem, "Se projektplanen. (Påhittad text för demo.)");
			texts.put(ApplicationSection.goals, "Se projektplanen. (Påhittad text för demo.)");
			texts.put(ApplicationSection.method, "Se projektplanen. (Påhittad text för demo.)");
			texts.put(ApplicationSection.genderAnalysis, "Projektet analyserar utfall för kvinnor och män. (Påhittad text för demo.)");
			texts.put(ApplicationSection.implementationPlan, "Se projektplanen. (Påhittad text för demo.)");
		}
		var lines = List.of(new ApplicationContent.Line(destination != null ? "Resa och logi (påhittad budgetrad)"
				: "Projektkostnader (påhittad budgetrad)", requested));
		return new ApplicationContent(title, "Kontaktperson (påhittad)", "kontakt@demo.fuel.stockholm.se", null,
				texts, List.of(), lines, requested, start, end, Set.of(), destination,
				destination != null ? 3 : null, destination != null ? "Socialsekreterare, enhetschef (påhittat)" : null,
				destination != null);
	}

	static Map<String, Long> totals() {
		return Map.of("LUM", LUM_2024.stream().mapToLong(Demo::requested).sum(), "MUL",
				MUL_2024.stream().mapToLong(Demo::requested).sum());
	}
}
