package se.fuel.decisions.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.DecisionInput;
import se.fuel.decisions.DocumentView;
import se.fuel.decisions.RoundTexts;
import se.fuel.decisions.Signatory;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.system.FuelProperties;

/**
 * The 2024 round taken to the end: the texts of the document, the allocation finalised, attested by the
 * socialdirektör and the avdelningschef on 2023-11-30 and decided by Socialnämnden, each step through the services
 * as of its day in 2023.
 */
@Component
@Order(60)
class DemoDecisions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDecisions.class);

	static final int YEAR = 2024;

	static final LocalDate ATTESTED_ON = LocalDate.of(2023, 11, 30);

	// The 2024 decision document gives no registration number, nor the committee's date and paragraph: these three are made up.
	static final String REGISTRATION_NUMBER = "SoN 2023/0847";

	static final LocalDate DECIDED_ON = LocalDate.of(2023, 12, 19);

	static final String PARAGRAPH = "§ 7";

	static final String TITLE = "Fördelning av lokala utvecklingsmedel och medel för utveckling och lärande genom "
			+ "studiebesök/resor 2024";

	static final String PREPARATION = "Ärendet har beretts inom avdelningen för stadsövergripande sociala frågor och i "
			+ "socialförvaltningens FoU-råd. Ärendet har behandlats i förvaltningsgruppen den 7 december. Rådet för "
			+ "funktionshinderfrågor har haft möjlighet att behandla ärendet den 6 december.";

	static final String GENDER_ANALYSIS = "Ärendet är könsneutralt i förhållande till de utvecklingsmedel som går att "
			+ "ansöka om. Utlysningen för lokala utvecklingsmedel och medel för utveckling och lärande bidrar till "
			+ "Stockholms stads arbete för jämställdhet. Genom tilldelning av medel för lokala utvecklingsprojekt ges "
			+ "möjlighet att på lokal nivå arbeta mot målet att kvinnor och män ska ha samma makt att forma samhället "
			+ "och sitt eget liv. Flera projektförslag och studieresor är riktade mot de fokusområden som anges i "
			+ "stadens program för ett jämställt Stockholm. Staden har en medvetenhet om att grupper och individer har "
			+ "olika förutsättningar. Dessa förutsättningar grundar sig inte enbart på kön utan även föreställningar om "
			+ "etnicitet, könsidentitet eller uttryck, ålder funktionsnedsättning, religiös tillhörighet eller "
			+ "socioekonomiska förhållanden. Denna medvetenhet möjliggör genomförande av projekt som syftar till att "
			+ "utveckla kvaliteten i stadens verksamheter så att makt, möjligheter och resurser fördelas lika oberoende "
			+ "av kön.";

	static final List<Signatory> SIGNATORIES = List.of(
			new Signatory("Veronica Wolgast Carstorp", "Socialdirektör", "Socialförvaltningen"),
			new Signatory("Lina Blombergsson", "Avdelningschef", "Socialförvaltningen"));

	static final List<String> APPENDICES = List.of("Ansökningar LUM samt motivering och bedömning.",
			"Ansökningar MUL samt bedömning.");

	private final FuelProperties properties;

	private final AllocationService allocations;

	private final DocumentService documents;

	private final DecisionDocumentRepository versions;

	private final Identity identity;

	DemoDecisions(FuelProperties properties, AllocationService allocations, DocumentService documents,
			DecisionDocumentRepository versions, Identity identity) {
		this.properties = properties;
		this.allocations = allocations;
		this.documents = documents;
		this.versions = versions;
		this.identity = identity;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demoMode() || !versions.findByYearOrderByNumberDesc(YEAR).isEmpty()) {
			return;
		}
		RoundTexts defaults = allocations.textsOf(YEAR);
		UUID officer = user(Role.OFFICER, "handlaggare");
		// The services' back-dating hooks run without a signed-in user and keep the 2023 dates of the round.
		allocations.changeTextsAs(YEAR, new RoundTexts(REGISTRATION_NUMBER, LocalDate.of(2023, 12, 12),
				"Socialnämnden", TITLE, officer, defaults.summaryIntro(), defaults.background(), PREPARATION,
				GENDER_ANALYSIS, defaults.proposalIntro(), SIGNATORIES, APPENDICES), "handlaggare");
		DocumentView document = allocations.finaliseAsOf(YEAR, "handlaggare", at(2023, 11, 28, 10));
		UUID socialdirektor = user(Role.ATTESTANT, "socialdirektor");
		UUID avdelningschef = user(Role.ATTESTANT, "avdelningschef");
		documents.sendAsOf(document.id(), List.of(socialdirektor, avdelningschef), "handlaggare",
				at(2023, 11, 28, 11));
		documents.attestAsOf(document.id(), avdelningschef, at(2023, 11, 30, 9));
		documents.attestAsOf(document.id(), socialdirektor, at(2023, 11, 30, 15));
		documents.decideAsOf(document.id(), new DecisionInput(DECIDED_ON, PARAGRAPH, true, null), "handlaggare",
				at(2023, 12, 20, 10));
		log.info("Demo mode: the 2024 decision document attested on {} and decided on {}", ATTESTED_ON, DECIDED_ON);
	}

	private UUID user(Role role, String username) {
		return identity.usersWithRole(role).stream().filter(u -> u.username().equals(username))
			.findFirst().orElseThrow().id();
	}

	private static Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(SwedishFormat.ZONE).toInstant();
	}
}
