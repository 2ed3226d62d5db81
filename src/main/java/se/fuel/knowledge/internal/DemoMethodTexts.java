package se.fuel.knowledge.internal;

import static se.fuel.knowledge.internal.DemoMethods.method;
import static se.fuel.knowledge.internal.DemoMethods.tried;

import java.util.List;

import se.fuel.knowledge.EvidenceStatus;
import se.fuel.knowledge.MethodInput;
import se.fuel.knowledge.MethodType;

/** What the demo data of 2002–2003 and 2017 says of each method it names, as catalogue entries. */
final class DemoMethodTexts {

	private DemoMethodTexts() {
	}

	static List<MethodInput> methods() {
		return List.of(
				method("ASI (Addiction Severity Index)", MethodType.ASSESSMENT,
						"Klienter med ekonomiskt bistånd; tidigare använd inom missbrukarvården.",
						"Få en bättre helhetsbild av klientens hjälpbehov.",
						"En strukturerad kartläggningsintervju (ASI-intervjun) om klientens situation inom flera "
								+ "livsområden; används i gemensamma ärenden med missbrukarvården och i egna ärenden "
								+ "inom ekonomiskt bistånd.",
						"Utbildning i ASI-metoden; i projektet gav Karolinska Institutet sakkunnig handledning.",
						EvidenceStatus.LOCAL_FOLLOW_UP,
						"Kista prövade 2003 om ASI kan användas inom ekonomiskt bistånd; arbetsgruppen var positiv och "
								+ "fyra socialsekreterare utöver projektanställda utbildades. Samordnaren föreslog att "
								+ "det socialmedicinska nätverket sprider metoden. Kunskapsläget för ASI som "
								+ "bedömningsinstrument finns i Socialstyrelsens Metodguiden: lägg till källan.",
						List.of(tried("ASI-metoden (Addiction Severity Index)", 2003)),
						List.of("Kista stadsdelsförvaltning, ekonomiskt bistånd")),
				method("Lösningsfokuserat arbetssätt", MethodType.WAY_OF_WORKING,
						"Medarbetare inom socialtjänsten: i projektet enheten Bistånd och Arbete med Jobbcentrum, "
								+ "vuxenenheten och mottagningsgruppen i Skärholmen.",
						"Att de som kommer i kontakt med socialtjänsten får bästa möjliga stöd i att utveckla sina "
								+ "egna förmågor för att förverkliga sina livsmål.",
						"Ett gemensamt förhållnings- och arbetssätt som systematiskt tar till vara människors egna "
								+ "förmågor och erfarenheter.",
						null, EvidenceStatus.NO_STUDIES,
						"Skärholmen redovisar att förhållningssättet genomsyrar hela enheten; effekten för klienterna "
								+ "har inte studerats.",
						List.of(tried("Lösningfokuserat arbetssätt", 2002)),
						List.of("Skärholmens stadsdelsförvaltning, enheten Bistånd och Arbete")),
				method("Fördjupningen", MethodType.WAY_OF_WORKING, "Klienter med långvarigt bidragsberoende.",
						"Att klienten tar makten över sitt liv: hjälp till självförsörjning och minskat "
								+ "långtidsberoende av försörjningsstöd.",
						"En noggrann grundutredning av klientens resurser och hinder, täta kontakter där "
								+ "socialsekreteraren ger stöd och samtidigt ställer krav och följer upp; fokus flyttas "
								+ "från ansökan om försörjningsstöd till förändringsarbete.",
						"Tid: metodens verksamma faktor är att socialsekreteraren har tid att fördjupa sig och följa upp.",
						EvidenceStatus.LOCAL_FOLLOW_UP,
						"Av 233 deltagare t.o.m. 15 december 2003 hade 122 (cirka 52 %) fått sin försörjning utanför "
								+ "socialtjänsten, enligt stadsdelens egen uppföljning (ingen jämförelsegrupp).",
						List.of(tried("Fördjupningen", 2002), tried("Fördjupningen", 2003)),
						List.of("Maria-Gamla stans stadsdelsförvaltning (grundutredningen i ärenden som kräver "
								+ "förändringsarbete)")),
				method("Mobilisering/Hälsoutveckling", MethodType.INTERVENTION,
						"Personer som tenderar att bli kvar som långtidsberoende av försörjningsstöd, bl.a. "
								+ "färdigbehandlade arbetslösa missbrukare och utomnordiska arbetslösa som läst SFI länge.",
						"Att stödja en grupp som annars blir kvar i långvarigt bidragsberoende närmare arbete, "
								+ "studier eller rätt ersättning.",
						"Gruppverksamhet som kombinerar mobilisering med hälsa, data och bild; försörjningsstöd, "
								+ "Försäkringskassan, Arbetsförmedlingen och öppenpsykiatrin remitterar deltagare.",
						null, EvidenceStatus.LOCAL_FOLLOW_UP,
						"Vantör redovisar att 6 personer blivit självförsörjande (4 arbete, 2 studier). Metoden finns inte "
								+ "i ordinarie verksamhet: stadsdelen saknar medel.",
						List.of(tried("Mobilisering Hälsoutveckling", 2002),
								tried("Färdigbehandlade arbetslösa missbrukare", 2003),
								tried("Utomnordiska arbetslösa som läst SFI i 5-15 år", 2003)),
						List.of()),
				method("Ibility", MethodType.ASSESSMENT, "Arbetslösa med försörjningsstöd, även SFI-studerande.",
						"Ett självkartläggningsinstrument för att göra rätt rekryteringar av deltagare till Stockholms "
								+ "Matchning.",
						"Deltagaren kartlägger själv sina förmågor och mål med stöd av en coach.",
						"Medarbetare utbildas i metoden; egna coacher kan använda den fritt, tjänster från Ibility "
								+ "kostar.",
						EvidenceStatus.NO_STUDIES,
						"Kista planerade full implementering vintern 2004; ingen uppföljning av effekten finns i källorna.",
						List.of(tried("Ibilitymetoden", 2003)), List.of()),
				method("Signs of Safety", MethodType.WAY_OF_WORKING,
						"Barn och familjer i den sociala barnavården.",
						"Att säkerställa barns säkerhet och skydd i utredning och uppföljning.",
						"En modell för utredning och uppföljning i socialt barnavårdsarbete med tekniker och verktyg "
								+ "för att tillsammans med familjen bedöma och planera barnets säkerhet.",
						"Utbildning i modellens tekniker och verktyg.", EvidenceStatus.LOCAL_FOLLOW_UP,
						"Utvärderingen 2017 visar att personalen uppskattar modellen och att den tillämpas i någon "
								+ "utsträckning i nästan 90 procent, men bara en liten andel av teknikerna och verktygen "
								+ "används. Utvärderingen gällde tillämpningen, inte effekten för barnen.",
						List.of(tried("Utvärdering av Signs-of-Safety", 2017)),
						List.of("Socialtjänstens barn- och ungdomsverksamheter i Stockholms stad (i någon utsträckning)")),
				method("Sociala insatsgrupper (SIG)", MethodType.INTERVENTION,
						"Unga som riskerar att fastna i kriminalitet (utvärderingen gällde Stockholms län).",
						"Ett aktörsgemensamt och individanpassat stöd som får den unge att lämna kriminaliteten.",
						"Socialtjänst, polis och andra lokala aktörer samarbetar kring den unge i en gemensam plan; "
								+ "övergripande samarbetsmöten.",
						null, EvidenceStatus.LOCAL_FOLLOW_UP,
						"Utvärderingen av sociala insatsgrupper i Stockholms län visar ett engagemang som lever vidare "
								+ "efter SIG-insatsen, men att få lokala offentliga och privata aktörer utöver polis och "
								+ "socialtjänst deltar i samarbetsmötena.",
						List.of(tried("Utvärdering av sociala insatsgrupper i Stockholms län", 2017)), List.of()),
				method("Västernorrlandsmodellen", MethodType.WAY_OF_WORKING,
						"Barn och ungdomar som har haft kontakt med socialtjänsten.",
						"Att utveckla socialtjänstens verksamhet utifrån barns och ungdomars egna synpunkter.",
						"Barn och ungdomar som haft kontakt med socialtjänsten intervjuas, och verksamheten utvecklas "
								+ "utifrån vad de säger.",
						null, EvidenceStatus.NO_STUDIES, "Skärholmen prövade modellen i en förstudie 2017.",
						List.of(tried("Västernorrlandsmodellen – förstudie", 2017)), List.of()),
				method("Brukarskola", MethodType.INTERVENTION,
						"Brukare inom boende och behandling.",
						"Att undersöka möjlighet och förutsättningar att driva en brukarskola liknande den som finns "
								+ "i Toronto.",
						"Förstudien undersökte möjligheter och förutsättningar att driva en brukarskola på boende- "
								+ "och behandlingsenheten.",
						null, EvidenceStatus.NO_STUDIES, "Endast förstudie (2017); verksamheten har inte startat.",
						List.of(tried("Brukarskola på boende- och behandlingsenheten – förstudie", 2017)), List.of()));
	}
}
