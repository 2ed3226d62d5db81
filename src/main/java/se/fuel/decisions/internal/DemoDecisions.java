package se.fuel.decisions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import se.fuel.decisions.Allocations;
import se.fuel.decisions.DecisionDocuments;
import se.fuel.decisions.DecisionInput;
import se.fuel.decisions.DocumentView;
import se.fuel.decisions.RoundTexts;
import se.fuel.decisions.Signatory;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.system.FuelProperties;

/**
 * The 2024 round of seeds/002 taken to the end: the texts of the document, the allocation finalised, attested by the
 * socialdirektör and the avdelningschef on 2023-11-30 and decided by Socialnämnden. Runs through the same services as
 * the officer, signed in as the demo accounts who would have done each step.
 */
@Component
@Order(60)
class DemoDecisions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDecisions.class);

	static final int YEAR = 2024;

	static final LocalDate ATTESTED_ON = LocalDate.of(2023, 11, 30);

	// seeds/002 gives no registration number, nor the committee's date and paragraph: these three are made up.
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

	private final Allocations allocations;

	private final DecisionDocuments documents;

	private final Identity identity;

	private final UserDetailsService users;

	DemoDecisions(FuelProperties properties, Allocations allocations, DecisionDocuments documents, Identity identity,
			UserDetailsService users) {
		this.properties = properties;
		this.allocations = allocations;
		this.documents = documents;
		this.identity = identity;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demoMode()) {
			return;
		}
		if (!as("handlaggare", () -> documents.versions(YEAR)).isEmpty()) {
			return;
		}
		DocumentView document = as("handlaggare", () -> {
			RoundTexts defaults = allocations.texts(YEAR);
			UUID officer = identity.current().userId();
			allocations.changeTexts(YEAR, new RoundTexts(REGISTRATION_NUMBER, LocalDate.of(2023, 12, 12),
					"Socialnämnden", TITLE, officer, defaults.summaryIntro(), defaults.background(), PREPARATION,
					GENDER_ANALYSIS, defaults.proposalIntro(), SIGNATORIES, APPENDICES));
			DocumentView finalised = allocations.finalise(YEAR);
			return documents.sendForAttestation(finalised.id(), List.of(userId("socialdirektor"),
					userId("avdelningschef")));
		});
		as("socialdirektor", () -> documents.attest(document.id()));
		as("avdelningschef", () -> documents.attest(document.id()));
		as("handlaggare", () -> documents.recordDecision(document.id(),
				new DecisionInput(DECIDED_ON, PARAGRAPH, true, null)));
		log.info("Demo mode: the 2024 decision document attested and decided");
	}

	private UUID userId(String username) {
		return identity.usersWithRole(Role.ATTESTANT).stream().filter(u -> u.username().equals(username))
			.findFirst().orElseThrow().id();
	}

	/** Runs a step signed in as the demo account, as the services require a signed-in user of the right role. */
	private <T> T as(String username, Supplier<T> step) {
		UserDetails user = users.loadUserByUsername(username);
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
