package se.fuel.decisions.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import se.fuel.assessment.Recommendation;
import se.fuel.calls.ApplicationForm;
import se.fuel.calls.CallView;
import se.fuel.calls.Calls;
import se.fuel.decisions.AllocationLine;
import se.fuel.decisions.AttestationView;
import se.fuel.decisions.DecisionDocumentContent;
import se.fuel.decisions.DecisionOutcome;
import se.fuel.decisions.DocumentView;
import se.fuel.decisions.RoundStatus;
import se.fuel.decisions.RoundTexts;
import se.fuel.decisions.Signatory;
import se.fuel.identity.CurrentUser;
import se.fuel.identity.Identity;
import se.fuel.identity.Role;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.OrganisationSummary;
import se.fuel.organisations.Organisations;
import se.fuel.system.MessageBundles;

/**
 * The 2024 round of document 002 built by hand, without a database: its calls, organisations, officer, texts and the
 * 22 allocation lines as the demo data assesses them.
 */
final class DocumentFixtures {

	static final UUID OFFICER = UUID.randomUUID();

	final Map<String, OrganisationSummary> organisations = new LinkedHashMap<>();

	final CallView lum = call("LUM", "Lokala utvecklingsmedel", ApplicationForm.PROJECT, 2024, 3_000_000, 750_000,
			List.of("Projektet avser att prova nya arbetsätt, metod eller modell som inte tidigare provats för aktuell målgrupp inom socialtjänsten i Stockholm stad.",
					"Projektet ska bidra till utveckling och strategiskt värde för hela stadens socialtjänst."),
			List.of("Projekt med avsikt att testa förebyggande insatser eller tidigt stöd.",
					"Projekt med syfte att stärka klientcentrering i organisationens arbete.",
					"Projekt med syfte att förbättra samordningen av stöd eller insatser för klient/brukare."));

	final CallView mul = call("MUL", "Medel för utveckling och lärande", ApplicationForm.STUDY_VISIT, 2024, 200_000,
			25_000,
			List.of("MUL ska bidra till lärande genom erfarenhetsutbyte med kollegor inom liknande verksamheter och funktioner i andra städer eller länder.",
					"MUL beviljas inte för att delta i särskilda utbildningar eller konferenser."),
			List.of());

	final CallView lum2027 = call("LUM", "Lokala utvecklingsmedel", ApplicationForm.PROJECT, 2027, 3_000_000, 750_000,
			List.of("Kriterium"), List.of());

	final List<AllocationLine> lines = new ArrayList<>();

	DocumentFixtures() {
		for (String[] o : new String[][] { { "norrmalm", "Norrmalm" }, { "sodermalm", "Södermalm" },
				{ "jarva", "Järva" }, { "farsta", "Farsta" }, { "kungsholmen", "Kungsholmen" },
				{ "hagersten-alvsjo", "Hägersten-Älvsjö" }, { "hasselby-vallingby", "Hässelby-Vällingby" },
				{ "skarpnack", "Skarpnäck" }, { "bromma", "Bromma" }, { "skarholmen", "Skärholmen" },
				{ "enskede-arsta-vantor", "Enskede-Årsta-Vantör" } }) {
			organisations.put(o[0], organisation(o[0], o[1], OrganisationKind.DISTRICT, null));
		}
		var sof = organisation("socialforvaltningen", "Socialförvaltningen", OrganisationKind.ADMINISTRATION, null);
		organisations.put(sof.code(), sof);
		organisations.put("sof-hemlosa", organisation("sof-hemlosa", "Socialförvaltningen, Enheten för hemlösa",
				OrganisationKind.UNIT, sof.id()));
		organisations.put("sof-stadsovergripande", organisation("sof-stadsovergripande",
				"Socialförvaltningen, Avdelningen för stadsövergripande sociala frågor", OrganisationKind.UNIT,
				sof.id()));

		grant(lum, "norrmalm", "Tidigt stöd till minderåriga EU-medborgare", 400_000, 200_000);
		grant(lum, "sodermalm", "Prata om det – barn som anhöriga", 300_000, 300_000);
		grant(lum, "jarva",
				"Utveckla arbetsätt och metoder för strukturerad samverkan och parallella insatser för rehabiliteringsärenden på ekonomiskt bistånd",
				500_000, 500_000);
		grant(lum, "farsta", "Digital Lots för samsjukliga", 500_000, 500_000);
		grant(lum, "kungsholmen", "Hur kan brukare och personal förstå varandra bättre?", 500_000, 250_000);
		grant(lum, "hagersten-alvsjo", "Viewpoint inom socialpsykiatri – Ett digitalt kommunikationsstöd", 500_000,
				500_000);
		grant(lum, "hasselby-vallingby", "Framtidens socialtjänst – i samskapande med brukarna", 450_000, 250_000);
		grant(lum, "skarpnack", "Familjeorienterat boendestöd", 500_000, 500_000);
		reject("bromma", "BFS (Boende med förstärkt stöd)", 600_000,
				"bedöms inte uppfylla huvudkriteriet om nya arbetsätt/metoder.");
		reject("skarholmen",
				"Nya arbetsätt och metoder för att förebygga felaktiga utbetalningar av ekonomiskt bistånd som beror på interna felaktigheter",
				550_000,
				"bedöms uppfylla huvudkriterierna men projektet bedöms inte uppfylla något av de prioriterade områdena.");
		reject("bromma", "Förstärkt handledning och samordning av Stockholmsjobb på stadsdelsförvaltningen", 450_000,
				"bedöms ligga utanför socialtjänstens verksamhetsområde.");
		reject("skarholmen", "Föräldraskapsstöd för alla – lättillgängligt föräldraskapsstöd", 400_000,
				"bedöms uppfylla huvudkriterier och ett av de prioriterade områdena men har en bristfällig logik mellan problemformulering och föreslagen metod.");
		reject("jarva", "Förstärkt stöd till familjehem och vårdnadshavare", 460_000,
				"bedöms inte uppfylla huvudkriteriet om nya arbetssätt/metoder");
		reject("sodermalm", "ARN- Aktivera Rätt Nätverk", 350_000,
				"bedöms inte uppfylla huvudkriteriet om nya arbetssätt/metoder");
		grant(mul, "farsta", "Verksamhetsbesök, Göteborg", 25_000, 25_000);
		grant(mul, "farsta", "Verksamhetsbesök, Finland", 25_000, 25_000);
		grant(mul, "enskede-arsta-vantor", "Verksamhetsbesök, Göteborg", 25_000, 25_000);
		grant(mul, "enskede-arsta-vantor", "Verksamhetsbesök, Belgien", 23_400, 23_400);
		grant(mul, "hasselby-vallingby", "Verksamhetsbesök, Göteborg", 25_000, 25_000);
		grant(mul, "hasselby-vallingby", "Verksamhetsbesök, Gotland", 25_000, 25_000);
		grant(mul, "kungsholmen", "Verksamhetsbesök, Malmö stad", 25_000, 25_000);
		grant(mul, "sof-hemlosa", "Verksamhetsbesök, Göteborg", 25_000, 25_000);
	}

	DocumentComposer composer() {
		return new DocumentComposer(calls(), organisations(), identity(), MessageBundles.source());
	}

	static RoundTexts texts() {
		return texts(List.of("Ansökningar LUM samt motivering och bedömning.", "Ansökningar MUL samt bedömning."));
	}

	/** The 2024 texts with other appendices, e.g. a list long enough to move what follows it down a page. */
	static RoundTexts texts(List<String> appendices) {
		return new RoundTexts("SoN 2023/1234", LocalDate.of(2023, 12, 12), "Socialnämnden",
				"Fördelning av lokala utvecklingsmedel och medel för utveckling och lärande genom studiebesök/resor 2024",
				OFFICER,
				"Socialförvaltningens arbete med forskning och utveckling ska bidra till utveckling av socialtjänsten och till bättre resultat för brukarna.",
				"Socialförvaltningens arbete med forskning och utveckling ska bidra till utveckling av socialtjänsten.\nUtvecklingsmedel beviljas under förutsättning att socialnämnden beslutar om att avsätta medel i verksamhetsplanen för år 2024.",
				"Ärendet har beretts inom avdelningen för stadsövergripande sociala frågor och i socialförvaltningens FoU-råd.",
				"Ärendet är könsneutralt i förhållande till de utvecklingsmedel som går att ansöka om.",
				"Förvaltningen tillsammans med FoU- rådet föreslår att lokala utvecklingsmedel och medel för utveckling och lärande fördelas i enlighet med nedan förslag.",
				List.of(new Signatory("Veronica Wolgast Carstorp", "Socialdirektör", "Socialförvaltningen"),
						new Signatory("Lina Blombergsson", "Avdelningschef", "Socialförvaltningen")),
				appendices);
	}

	/** A version of the composed document as the document service would hold it, attested on 2023-11-30. */
	static DocumentView view(DecisionDocumentContent content, boolean current) {
		Instant attested = Instant.parse("2023-11-30T09:15:00Z");
		return new DocumentView(UUID.randomUUID(), content.year(), 1, current, RoundStatus.ATTESTED,
				Instant.parse("2023-11-28T10:00:00Z"), "handlaggare", content,
				List.of(new AttestationView(UUID.randomUUID(), "Veronica Wolgast Carstorp", "Socialdirektör",
						attested, attested, null),
						new AttestationView(UUID.randomUUID(), "Lina Blombergsson", "Avdelningschef", attested,
								attested.plusSeconds(3600), null),
						new AttestationView(UUID.randomUUID(), "Voided Person", "Ersatt", attested, attested,
								attested.plusSeconds(60))),
				null);
	}

	private void grant(CallView call, String org, String title, long requested, long amount) {
		var o = organisations.get(org);
		boolean partial = amount < requested;
		lines.add(new AllocationLine(UUID.randomUUID(), call.id(), call.programmeCode(), "FoU 2023/" + (lines.size() + 1),
				title, o.id(), o.name(), requested, partial ? Recommendation.PARTIAL_GRANT : Recommendation.GRANT,
				amount, partial ? DecisionOutcome.PARTIALLY_GRANTED : DecisionOutcome.GRANTED, null, "", false, 0));
	}

	private void reject(String org, String title, long requested, String phrase) {
		var o = organisations.get(org);
		lines.add(new AllocationLine(UUID.randomUUID(), lum.id(), "LUM", "FoU 2023/" + (lines.size() + 1), title,
				o.id(), o.name(), requested, Recommendation.REJECT, 0, DecisionOutcome.REJECTED, "Avslagsgrund", phrase,
				false, 0));
	}

	private static CallView call(String code, String name, ApplicationForm form, int year, long budget, long max,
			List<String> criteria, List<String> priorities) {
		return new CallView(UUID.randomUUID(), code, name, form, year, name + " " + year, "", budget,
				Instant.parse((year - 1) + "-09-01T06:00:00Z"), Instant.parse((year - 1) + "-10-15T21:59:00Z"), max, 3,
				code + " " + year, 12, criteria, priorities, Set.of(), Map.of(), LocalDate.of(year + 1, 2, 28),
				LocalDate.of(year, 6, 2), true, "FoU");
	}

	private static OrganisationSummary organisation(String code, String name, OrganisationKind kind, UUID parent) {
		return new OrganisationSummary(UUID.randomUUID(), code, name, kind, parent, null, null, null, null);
	}

	private Calls calls() {
		List<CallView> all = List.of(lum2027, mul, lum);
		return new Calls() {
			@Override
			public Optional<CallView> find(UUID callId) {
				return all.stream().filter(c -> c.id().equals(callId)).findFirst();
			}

			@Override
			public List<CallView> openAt(Instant now) {
				return List.of();
			}

			@Override
			public List<CallView> inCapGroup(int year, String capGroup) {
				return List.of();
			}

			@Override
			public List<CallView> all() {
				return all;
			}
		};
	}

	private Organisations organisations() {
		return new Organisations() {
			@Override
			public Optional<OrganisationSummary> find(UUID id) {
				return organisations.values().stream().filter(o -> o.id().equals(id)).findFirst();
			}

			@Override
			public String nameOf(UUID id) {
				return find(id).map(OrganisationSummary::name)
					.orElseGet(() -> se.fuel.TestTexts.swedish(se.fuel.common.Text.of("organisations.unknown")));
			}

			@Override
			public Optional<OrganisationSummary> findByCode(String code) {
				return Optional.ofNullable(organisations.get(code));
			}

			@Override
			public List<OrganisationSummary> all() {
				return List.copyOf(organisations.values());
			}

			@Override
			public List<OrganisationSummary> activeOn(LocalDate date) {
				return all();
			}

			@Override
			public OrganisationSummary today(UUID id) {
				return find(id).orElseThrow();
			}

			@Override
			public List<OrganisationSummary> lineage(UUID id) {
				return List.of(today(id));
			}
		};
	}

	private Identity identity() {
		UUID unit = organisations.get("sof-stadsovergripande").id();
		return new Identity() {
			@Override
			public CurrentUser current() {
				throw new UnsupportedOperationException();
			}

			@Override
			public Optional<CurrentUser> currentIfAny() {
				return Optional.empty();
			}

			@Override
			public Optional<UserSummary> user(UUID id) {
				return OFFICER.equals(id) ? Optional.of(new UserSummary(id, "handlaggare", "Rebecca Hedenstedt",
						"rebecca@example.org", "08-508 254 13", Role.OFFICER, unit, "Utredare")) : Optional.empty();
			}

			@Override
			public List<UserSummary> usersWithRole(Role role) {
				return List.of();
			}
		};
	}
}
