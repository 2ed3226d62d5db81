package se.fuel.events.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.audit.AuditTrail;
import se.fuel.events.CompetenceEvents;
import se.fuel.events.EventInput;
import se.fuel.events.EventKind;
import se.fuel.events.OrganisationParticipants;
import se.fuel.organisations.Organisations;
import se.fuel.system.FuelProperties;

/**
 * The source documents' competence development (docs/product.md): the seminars, lectures, workshop, course and
 * conference of document 001 §3.1 and the two study trips of its §5 with the participant counts they report (the
 * documents give totals only, so these are "utan uppgift om organisation", and the day of the month is not given for
 * most: the 1st stands for it), and the two workshops of document 003 with made-up ratings that reproduce its facts (ca
 * 90 % at least 8, ca 35 % 10).
 */
@Component
@Order(105)
class DemoCompetenceEvents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCompetenceEvents.class);

	static final String DOCUMENT_001 = "dokument 001 §3.1";

	static final String ORGANISER = "Socialtjänstförvaltningen, samordnarna för halveringsuppdraget";

	static final String MADE_UP_RATINGS = "Påhittade enskilda betyg (demodata): dokument 003 redovisar bara att ca 90 % "
			+ "gav minst 8 och ca 35 % gav 10.";

	/** Document 003: "ca 40 deltagare från 12 stadsdelar"; which twelve and how many each is made up. */
	static final List<String> WORKSHOP_DISTRICTS = List.of("farsta", "skarholmen", "rinkeby", "kista",
			"spanga-tensta", "vantor", "enskede-arsta", "hagersten", "hasselby-vallingby", "bromma", "kungsholmen",
			"skarpnack");

	private final FuelProperties properties;

	private final CompetenceEventRepository events;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final Clock clock;

	DemoCompetenceEvents(FuelProperties properties, CompetenceEventRepository events, Organisations organisations,
			AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.properties = properties;
		this.events = events;
		this.organisations = organisations;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demoMode()) {
			return;
		}
		int added = 0;
		for (EventInput input : seminars()) {
			if (add(input, Map.of()) != null) {
				added++;
			}
		}
		for (EventInput input : workshops()) {
			// Two made-up distributions of 40 responses: 36 rated 8 or more (90 %), 14 rated 10 (35 %).
			Map<Integer, Integer> ratings = input.title().startsWith("Språkets")
					? Map.of(6, 1, 7, 3, 8, 10, 9, 12, 10, 14)
					: Map.of(5, 1, 6, 1, 7, 2, 8, 11, 9, 11, 10, 14);
			if (add(input, ratings) != null) {
				added++;
			}
		}
		if (added > 0) {
			log.info("Demo: {} competence-development events", added);
		}
	}

	private CompetenceEvent add(EventInput input, Map<Integer, Integer> ratings) {
		if (events.findFirstByTitleAndDate(input.title(), input.date()).isPresent()) {
			return null;
		}
		Instant now = clock.instant();
		CompetenceEvent event = events.save(new CompetenceEvent(input, now));
		if (!ratings.isEmpty()) {
			event.evaluate(ratings, EventService.MANUAL, MADE_UP_RATINGS, now);
		}
		audit.record(CompetenceEvents.AUDIT_TYPE, event.id(), "created", null, event.snapshot());
		return event;
	}

	static List<EventInput> seminars() {
		return List.of(
				seed(2002, 10, "Seminarium om 2002 års beviljade projekt", EventKind.SEMINAR,
						"Projekt som beviljats utvecklingsmedel",
						"Samtliga projekt som beviljats utvecklingsmedel redovisade hur långt man kommit i sitt arbete och vilka erfarenheter som gjorts.",
						76),
				seed(2003, 4, "Seminarium om verksamhetsanalys (ESF-medel)", EventKind.SEMINAR,
						"Alla stadsdelar, enheten för hemlösa och invandrarmottagningen",
						"Erfarenheter av verksamhetsanalys med ESF-medel från socialtjänstförvaltningen, IoF Kista sdf och Farsta sdf.",
						17),
				new EventInput(LocalDate.of(2003, 5, 1), "Konferens om försörjningsstöd i Kalmar",
						EventKind.CONFERENCE, "Kalmar kommun", "Chefer och socialarbetare från hela landet",
						"Två dagars konferens om försörjningsstöd; Blå huset (Spånga-Tensta sdf) presenterade sin verksamhet. Från Stockholm deltog 13 personer. Källa: "
								+ DOCUMENT_001 + ".",
						List.of(), 0, 13),
				seed(2003, 5, "Projektledarutbildning", EventKind.COURSE, "Projektledare för utvecklingsprojekten",
						"Projektledarutbildning under 1½ dag, maj–juni 2003, som stöd och vägledning till projektledarna.", 16),
				seed(2003, 6, "Föreläsning om positiv kommunikation", EventKind.LECTURE, "Socialsekreterare",
						"Föreläsning om förhållningssätt, konflikthantering och medmänsklighet.", 72),
				seed(2003, 6, "Workshop om kartläggningsinstrument", EventKind.WORKSHOP,
						"Samtliga stadsdelar och integrationsförvaltningen",
						"Ett gemensamt kartläggningsinstrument för SFI-studerande; ett nätverk bildades för att utbyta erfarenheter.",
						24),
				seed(2003, 9, "Socialredovisning", EventKind.LECTURE, "Nätverket för socialmedicinska hinder",
						"Föreläsning om socialredovisning.", 14),
				seed(2003, 9, "Föreläsning om positiv kommunikation för bidragshandläggare", EventKind.LECTURE,
						"Samtliga bidragshandläggare i staden",
						"Föreläsning om förhållningssätt, konflikthantering och medmänsklighet.", 90),
				seed(2003, 9, "Familjesyn och tvärkulturellt socialt arbete", EventKind.SEMINAR,
						"Socialsekreterare och arbetskonsulenter",
						"Seminarium om familjesyn och tvärkulturellt socialt arbete.", 150),
				seed(2003, 10, "Seminarium om psykisk ohälsa", EventKind.SEMINAR, "Socialsekreterare",
						"Psykisk ohälsa: olika former, symptom och bemötande.", 65),
				new EventInput(LocalDate.of(2003, 10, 27), "Ledarskapsseminarium", EventKind.SEMINAR, ORGANISER,
						"Chefer inom försörjningsstöd",
						"Tre dagars seminarium (27–28 oktober och 5 december 2003) för ledare inom försörjningsstöd: ledarskapets grundvalar, värderingar och drivkrafter. 14 stadsdelar deltog. Källa: "
								+ DOCUMENT_001 + ".",
						List.of(), 0, 23),
				seed(2003, 11, "Systematisk verksamhetsutveckling och utvärderingsmodell", EventKind.SEMINAR,
						"Socialsekreterare och chefer",
						"Projektet Ung 01 i Oskarshamn och uppföljnings- och utvärderingsmetodik (IFAU).", 31),
				seed(2003, 11, "Religion och socialt arbete", EventKind.SEMINAR,
						"Socialsekreterare och arbetskonsulenter",
						"Heldagsseminarium om religionens betydelse i tvärkulturellt socialt arbete.", 150),
				new EventInput(LocalDate.of(2002, 11, 13), "Studieresa till Holland", EventKind.STUDY_TRIP, ORGANISER,
						"Samtliga stadsdelsförvaltningar, enheten för hemlösa, socialtjänst- och integrationsförvaltningen",
						"Studieresa 13–16 november 2002. Källa: dokument 001 §5.", List.of(), 0, 23),
				new EventInput(LocalDate.of(2002, 12, 4), "Studieresa till Birmingham", EventKind.STUDY_TRIP,
						ORGANISER,
						"Samtliga stadsdelsförvaltningar, enheten för hemlösa, socialtjänst- och integrationsförvaltningen",
						"Studieresa 4–7 december 2002. Källa: dokument 001 §5.", List.of(), 0, 23));
	}

	private static EventInput seed(int year, int month, String title, EventKind kind, String targetGroup,
			String description, int participants) {
		return new EventInput(LocalDate.of(year, month, 1), title, kind, ORGANISER, targetGroup,
				description + " Källa: " + DOCUMENT_001 + "; dagen i månaden anges inte där.", List.of(), 0, participants);
	}

	List<EventInput> workshops() {
		List<OrganisationParticipants> split = new ArrayList<>();
		for (String code : WORKSHOP_DISTRICTS) {
			organisations.findByCode(code).ifPresent(o -> split.add(OrganisationParticipants.of(o.id(), 3)));
		}
		int external = 40 - 3 * split.size();
		String note = " Ca 40 deltagare från 12 stadsdelar (dokument 003); datum och fördelningen per stadsdel är påhittade (demodata).";
		return List.of(
				new EventInput(LocalDate.of(2004, 10, 1), "Språkets betydelse för att bli självförsörjande",
						EventKind.WORKSHOP, "Socialtjänstförvaltningen, Europaforum",
						"Stadsdelarnas handläggare och chefer inom ekonomiskt bistånd",
						"Workshop med en ny metod; goda exempel från Malmö, Göteborg, Helsingfors, Apeldoorn och stadsdelar."
								+ note,
						split, external, 0),
				new EventInput(LocalDate.of(2004, 11, 1), "Arbetslöshet och bidragsberoende", EventKind.WORKSHOP,
						"Socialtjänstförvaltningen, Europaforum",
						"Stadsdelarnas handläggare och chefer inom ekonomiskt bistånd",
						"Workshop med en ny metod; goda exempel från Malmö, Göteborg, Helsingfors, Apeldoorn och stadsdelar."
								+ note,
						split, external, 0));
	}
}
