package se.fuel.applications.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import se.fuel.calls.ApplicationSection;

/**
 * The submitted applications of the 2027 demo round, for the scenario "assess the 2027 applications, assign the
 * council, allocate over budget": six LUM projects from six districts, Farsta among them (so that a council member
 * from Farsta meets jäv), asking 3 500 000 kronor against the call's budget of 3 000 000, and three study visits.
 * Everything here is made up for the demo, in the style of the source documents of README.md: titles, texts, amounts, budget
 * lines and people. No real project or person is meant.
 */
final class DemoRound2027 {

	static final String NOTE = "Påhittad ansökan för demo av 2027 års omgång: titel, texter, belopp och budget är "
			+ "påhittade i stil med dokument 002 och dokument 004.";

	/**
	 * One made-up application.
	 * @param priorityAreas indexes into the call's priority areas
	 * @param partnerCode a partner organisation's code, or null
	 * @param visit destination, participant count and roles for a study visit, null for a project
	 */
	record Demo(String programme, String organisationCode, String title, String contactName,
			Map<ApplicationSection, String> texts, List<Integer> priorityAreas, List<Line> budget, LocalDate start,
			LocalDate end, String partnerCode, Visit visit, int submittedDay) {

		long requested() {
			return budget.stream().mapToLong(Line::amount).sum();
		}
	}

	record Line(String description, long amount) {
	}

	record Visit(String destination, int participants, String roles) {
	}

	private static final LocalDate START = LocalDate.of(2027, 1, 1);

	private static final LocalDate END = LocalDate.of(2027, 12, 31);

	static final List<Demo> LUM = List.of(
			new Demo("LUM", "farsta", "Samordnad väg in – lots för unga vuxna med samsjuklighet", "Elin Nordqvist",
					project("""
							Unga vuxna 18–29 år i Farsta med samtidigt missbruk och psykisk ohälsa som har kontakt med \
							både socialtjänsten och psykiatrin men inte kommer igång med det stöd som erbjuds. Vi \
							uppskattar att målgruppen omfattar omkring 60 personer per år i stadsdelsområdet.""", """
							Den unge slussas mellan socialtjänstens vuxenenhet, beroendevården och psykiatrin. Var och \
							en gör sin bedömning och den unge får berätta sin historia många gånger. Många avbryter \
							kontakten innan någon insats har börjat: av dem som sökte stöd under 2025 hade nästan \
							hälften ingen pågående insats tre månader senare.""", """
							Minst 70 procent av deltagarna har en pågående insats efter tre månader. Varje deltagare \
							har en samordnad individuell plan (SIP) inom sex veckor. Deltagarna upplever att de bemöts \
							som en helhet, mätt med en kort brukarenkät vid start och avslut.""", """
							En lots med socionomexamen följer den unge från första kontakt tills insatserna är igång. \
							Lotsen träffar den unge där den unge vill, följer med till möten och sammankallar till \
							SIP. Arbetssättet bygger på principerna i case management men är anpassat till en kortare \
							och avgränsad insats. Lotsen har gemensam handledning med beroendevårdens personal varannan \
							vecka. Arbetssättet har inte prövats för målgruppen inom socialtjänsten i Stockholms stad.""",
							"""
							FoU-enheten följer projektet med en processutvärdering och en uppföljning av andelen \
							deltagare med pågående insats efter tre månader.""", """
							Män är överrepresenterade bland dem som avbryter kontakten, medan unga kvinnor oftare har \
							kontakt med psykiatrin men inte med socialtjänsten. Alla resultat redovisas per kön och vi \
							följer särskilt om lotsningen når unga kvinnor lika väl som unga män.""", """
							Visar uppföljningen att fler kommer igång med insatser tas lotsfunktionen in i ordinarie \
							verksamhet vid vuxenenheten från 2028. Erfarenheterna sprids genom stadens nätverk för \
							missbruks- och beroendevård."""),
					List.of(0, 2), List.of(new Line("Lön lots, 1,0 tjänst", 520_000), new Line("Handledning", 50_000),
							new Line("Uppföljning och spridning", 30_000)),
					START, END, null, null, 20),
			new Demo("LUM", "sodermalm", "Barnets röst i utredningen – strukturerade barnsamtal med bildstöd",
					"Johan Bergdahl", project("""
							Barn 4–12 år som är föremål för utredning enligt socialtjänstlagen vid barn- och \
							ungdomsenheten på Södermalm, omkring 250 barn per år, och deras socialsekreterare.""", """
							Barnens egna berättelser syns för lite i utredningarna. En granskning av 40 utredningar \
							2025 visade att barnet hade kommit till tals i drygt hälften, och att samtalen sällan \
							var förberedda för yngre barn eller barn med annat modersmål.""", """
							Barnet kommer till tals i minst 90 procent av utredningarna. Socialsekreterarna känner \
							sig trygga i att samtala med yngre barn. Barnets synpunkter redovisas i ett eget avsnitt i \
							varje utredning.""", """
							Socialsekreterarna utbildas i en strukturerad samtalsmetod med bildstöd på surfplatta, där \
							barnet väljer bilder för att berätta om sin vardag. Samtalen förbereds med en mall och \
							följs upp i ärendedragning. Två metodstödjare handleder kollegorna. Bildstödet finns på \
							flera språk. Metoden har inte använts i stadens barnutredningar tidigare.""", null, """
							Pojkar och flickor kan uttrycka sig olika i samtal. Vi följer per kön hur ofta barnet \
							kommer till tals och hur barnets synpunkter återges, så att ingen grupp hamnar i skymundan.""",
							"""
							Metoden skrivs in i enhetens rutin för barnutredningar och metodstödjarna blir en \
							permanent funktion. Materialet görs tillgängligt för stadens övriga stadsdelsförvaltningar."""),
					List.of(0, 1), List.of(new Line("Metodstödjare, 2 x 0,3 tjänst", 330_000),
							new Line("Utbildning i samtalsmetoden", 140_000), new Line("Surfplattor och licenser", 80_000)),
					START, END, null, null, 22),
			new Demo("LUM", "jarva", "Hela familjen i fokus – familjeinriktat arbete inom ekonomiskt bistånd",
					"Amina Yusuf", project("""
							Barnfamiljer i Järva som har haft ekonomiskt bistånd i mer än två år, omkring 180 hushåll \
							med sammanlagt drygt 400 barn.""", """
							Stödet inom ekonomiskt bistånd riktas till den vuxne som söker, medan barnens situation \
							och familjens samlade behov sällan tas med i planeringen. Familjer får parallella \
							insatser från flera enheter som inte känner till varandra.""", """
							Att 30 procent av de deltagande familjerna har minst en vuxen i arbete eller studier efter \
							ett år. Att varje familj har en gemensam plan där barnens behov finns med. Att familjerna \
							träffar färre handläggare.""", """
							Ett familjeteam med en socialsekreterare från ekonomiskt bistånd, en från barn och unga och \
							en arbetsmarknadskonsulent arbetar med hela familjen. Teamet gör hembesök, upprättar en \
							gemensam familjeplan och följer upp den var sjätte vecka. Familjen har en kontaktperson i \
							teamet. Arbetssättet prövas för första gången i stadens försörjningsstöd.""", """
							Projektet följs av en forskare vid Stockholms universitet som intervjuar familjer och \
							personal vid start och slut.""", """
							Kvinnor i målgruppen står längre från arbetsmarknaden än män och tar oftare ansvar för \
							barnen. Planerna följs upp per kön så att insatserna till kvinnor inte blir färre eller \
							mindre arbetsinriktade.""", """
							Faller projektet väl ut blir familjeteamet en del av ordinarie organisation och \
							arbetssättet presenteras för stadens övriga försörjningsenheter."""),
					List.of(1, 2), List.of(new Line("Lön socialsekreterare, 1,0 tjänst", 560_000),
							new Line("Arbetsmarknadskonsulent, 0,2 tjänst", 110_000),
							new Line("Forskaruppföljning", 30_000)),
					START, END, null, null, 25),
			new Demo("LUM", "skarholmen", "Bo kvar tidigt – hembesök vid första hyresskulden", "Peter Lindholm",
					project("""
							Hushåll i Skärholmen, särskilt barnfamiljer, som har fått en första betalningsanmärkning \
							för hyran eller en underrättelse om uppsägning från hyresvärden.""", """
							Socialtjänsten får i dag kännedom om hyresskulder först när hyresvärden har sagt upp \
							avtalet. Då är skulden ofta stor och möjligheten att behålla bostaden liten. Under 2025 \
							berördes 37 barn av avhysningar i stadsdelsområdet.""", """
							Att ingen barnfamilj som deltar blir vräkt. Att hälften av hushållen har en avbetalningsplan \
							inom en månad. Att samarbetet med de tre största hyresvärdarna formaliseras.""", """
							Hyresvärdarna meddelar med hushållets samtycke socialtjänsten redan vid första obetalda \
							hyran. En socialsekreterare gör hembesök inom en vecka, går igenom ekonomin och hjälper \
							till med kontakten med hyresvärden och budget- och skuldrådgivningen. Uppföljning sker \
							efter tre och sex månader.""", null, """
							Ensamstående mammor är överrepresenterade bland hushållen med hyresskulder. Vi redovisar \
							deltagare och utfall per kön och hushållstyp.""", """
							Arbetssättet skrivs in i stadsdelsförvaltningens rutin för vräkningsförebyggande arbete och \
							avtal tecknas med hyresvärdarna."""),
					List.of(0), List.of(new Line("Lön socialsekreterare, 0,75 tjänst", 420_000),
							new Line("Material och tolk", 60_000)),
					LocalDate.of(2027, 2, 1), LocalDate.of(2027, 12, 31), null, null, 27),
			new Demo("LUM", "norrmalm", "Mötesplats för äldre med alkoholproblem", "Karin Ekström", project("""
							Personer över 65 år på Norrmalm med riskbruk eller beroende av alkohol, som ofta också har \
							hemtjänst, och deras anhöriga.""", """
							Alkoholproblem hos äldre upptäcks sent och beskrivs sällan i biståndsbedömningen. \
							Hemtjänstpersonalen ser problemen men vet inte vart de ska vända sig. De äldre själva \
							söker sällan stöd från beroendevården, som är utformad för yngre.""", """
							Att 40 äldre med alkoholproblem får stöd under året. Att all hemtjänstpersonal i projektet \
							vet hur de uppmärksammar och anmäler oro. Att deltagarnas livskvalitet förbättras enligt \
							en skattningsskala vid start och efter sex månader.""", """
							En mötesplats med samtalsstöd i grupp och enskilt, anpassad till äldre, öppnar två dagar i \
							veckan. Hemtjänstens personal utbildas i att känna igen tecken på riskbruk. Äldreenheten \
							och beroendeenheten gör gemensamma bedömningar. Anhöriga erbjuds egna samtal.""", """
							Projektet samarbetar med Stiftelsen Stockholms läns Äldrecentrum om utvärderingen.""", """
							Äldre kvinnors alkoholbruk är mer dolt än äldre mäns. Vi följer per kön hur deltagarna hittar \
							till mötesplatsen och anpassar informationen därefter.""", """
							Mötesplatsen drivs vidare inom ordinarie budget om fler äldre får stöd, och rutinen för \
							hemtjänstens anmälan av oro införs i hela förvaltningen."""),
					List.of(0, 2), List.of(new Line("Lön samtalsbehandlare, 0,8 tjänst", 460_000),
							new Line("Lokal och förtäring", 120_000), new Line("Utbildning av hemtjänstpersonal", 70_000)),
					START, END, "sof-hemlosa", null, 29),
			new Demo("LUM", "hasselby-vallingby", "Klienterna formar mottagningen – brukarråd i försörjningsstödet",
					"Sara Holm", project("""
							Personer som söker ekonomiskt bistånd vid mottagningen i Hässelby-Vällingby, omkring 1 200 \
							nya ansökningar per år, och personalen i mottagningen.""", """
							Många som söker ekonomiskt bistånd tycker att mottagningen är svår att förstå: vilka \
							papper som behövs, hur lång tid det tar och vad som händer sedan. Kompletteringar tar tid \
							och leder till fler besök.""", """
							Att andelen ansökningar som behöver kompletteras halveras. Att de sökande förstår beslut \
							och nästa steg, mätt med en enkät. Att ett brukarråd finns kvar efter projektet.""", """
							Ett brukarråd med tio personer som har erfarenhet av ekonomiskt bistånd träffas varje \
							månad. Rådet granskar blanketter, brev och webbsidor tillsammans med personalen och föreslår \
							ändringar som prövas i mottagningen. Rådets ledamöter får arvode.""", null, """
							Rådet sätts samman så att kvinnor och män är lika representerade. Enkätens svar redovisas \
							per kön.""", """
							Brukarrådet blir permanent och ändrade blanketter och brev införs i förvaltningens \
							mottagning."""),
					List.of(1), List.of(new Line("Projektledare, 0,5 tjänst", 300_000),
							new Line("Arvoden till brukarrådet", 160_000), new Line("Tryck och översättning", 60_000)),
					START, END, null, null, 30));

	static final List<Demo> MUL = List.of(
			new Demo("MUL", "skarpnack", "Verksamhetsbesök, Köpenhamn", "Maria Åkesson", visit("""
							Vi besöker Köpenhamns kommuns familjehus för att lära av hur de samordnar stöd till \
							familjer med små barn. Vi möter kollegor i motsvarande funktioner och tar med oss \
							erfarenheter till vår familjeenhet.""", """
							Både kvinnor och män i målgruppen berörs. Vi frågar särskilt hur familjehusen når \
							papporna."""),
					List.of(), List.of(new Line("Resa och logi", 21_000), new Line("Traktamenten", 4_000)),
					LocalDate.of(2027, 4, 13), LocalDate.of(2027, 4, 15), null,
					new Visit("Köpenhamn", 4, "Socialsekreterare och enhetschef, barn och familj"), 21),
			new Demo("MUL", "bromma", "Verksamhetsbesök, Malmö stad", "Lars Wennerström", visit("""
							Besök hos Malmö stads mottagning för ekonomiskt bistånd, som har infört digital ansökan med \
							personlig uppföljning. Vi vill lära av deras arbetssätt genom samtal med handläggare och \
							chefer.""", """
							Vi tar med oss hur Malmö följer upp utfallen för kvinnor och män."""),
					List.of(), List.of(new Line("Tågresor", 12_500), new Line("Logi", 6_000)),
					LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 10), null,
					new Visit("Malmö stad", 3, "Handläggare och gruppledare, ekonomiskt bistånd"), 26),
			new Demo("MUL", "hagersten-alvsjo", "Verksamhetsbesök, Helsingfors", "Anna Virtanen", visit("""
							Besök hos Helsingfors stads uppsökande arbete bland äldre för att jämföra arbetssätt med \
							vårt eget förebyggande team och utbyta erfarenheter med kollegor.""", """
							Äldre kvinnor och män nås på olika sätt; vi frågar hur Helsingfors anpassar det uppsökande \
							arbetet efter det."""),
					List.of(), List.of(new Line("Färja och logi", 18_000), new Line("Lokala resor", 4_000)),
					LocalDate.of(2027, 5, 18), LocalDate.of(2027, 5, 20), null,
					new Visit("Helsingfors", 4, "Biståndshandläggare och enhetschef, äldreomsorg"), 28));

	private DemoRound2027() {
	}

	private static Map<ApplicationSection, String> project(String targetGroup, String problem, String goals,
			String method, String researchLink, String genderAnalysis, String implementationPlan) {
		var texts = new java.util.EnumMap<ApplicationSection, String>(ApplicationSection.class);
		texts.put(ApplicationSection.targetGroup, targetGroup);
		texts.put(ApplicationSection.problem, problem);
		texts.put(ApplicationSection.goals, goals);
		texts.put(ApplicationSection.method, method);
		if (researchLink != null) {
			texts.put(ApplicationSection.researchLink, researchLink);
		}
		texts.put(ApplicationSection.genderAnalysis, genderAnalysis);
		texts.put(ApplicationSection.implementationPlan, implementationPlan);
		return texts;
	}

	private static Map<ApplicationSection, String> visit(String purpose, String genderAnalysis) {
		return Map.of(ApplicationSection.purpose, purpose, ApplicationSection.genderAnalysis, genderAnalysis);
	}
}
