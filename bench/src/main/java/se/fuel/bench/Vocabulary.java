package se.fuel.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Swedish of the benchmark corpus: the project texts of the demo grants (verbatim from documents 001 and 004),
 * a few sentences written for the words the query set asks for, and the field's lists of target groups, methods and
 * areas. Running text comes from a word chain learnt from those texts, so inflections, compounds and word
 * frequencies are the seeds' own.
 */
public final class Vocabulary {

	static final List<String> TARGET_GROUPS = List.of("unga vuxna 18–24 år", "ensamstående föräldrar",
			"långtidsarbetslösa", "personer med försörjningsstöd", "nyanlända", "barn i familjer med ekonomiskt bistånd",
			"personer med missbruksproblem", "hemlösa kvinnor", "äldre med psykisk ohälsa",
			"personer med funktionsnedsättning", "sjukskrivna bidragstagare",
			"unga med neuropsykiatrisk funktionsnedsättning", "våldsutsatta kvinnor", "föräldrar till tonåringar",
			"utrikes födda kvinnor", "ungdomar som varken arbetar eller studerar",
			"personer med långvarigt ekonomiskt bistånd", "familjehemsplacerade barn", "barn och unga",
			"personer med samsjuklighet", "ensamkommande ungdomar", "arbetslösa akademiker", "anhöriga",
			"personer med språksvårigheter", "äldre", "unga lagöverträdare");

	static final List<String> METHODS = List.of("ASI", "Lösningsfokuserat arbetssätt", "Fördjupningen",
			"Mobilisering/Hälsoutveckling", "Ibility", "Signs of Safety", "Sociala insatsgrupper",
			"Västernorrlandsmodellen", "Brukarskola", "Motiverande samtal (MI)", "Supported employment (IPS)",
			"Housing First", "Case management", "Återfallsprevention", "ADDIS", "Komet", "Familjerådslag", "BBIC",
			"Samordnad individuell plan (SIP)", "Jobbcoachning");

	static final List<String> AREAS = List.of("socialmedicin", "sfi-etablering", "arbetsmarknad", "barn-och-unga",
			"funktionsnedsattning", "hemloshet", "missbruk", "foraldraskap", "ekonomiskt-bistand", "aldre",
			"vald-i-nara-relationer", "psykisk-halsa", "ovrigt");

	static final List<String> PROGRAMMES = List.of("LUM", "MUL", "FoU", "5+5");

	static final List<String> FIRST_NAMES = List.of("Anna", "Maria", "Karin", "Eva", "Lena", "Sara", "Elin", "Fatima",
			"Johan", "Erik", "Lars", "Anders", "Mikael", "Ahmed", "Peter", "Hanna", "Sofia", "Jonas", "Leila", "Nils");

	static final List<String> LAST_NAMES = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
			"Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lindberg", "Ali", "Hassan", "Berg", "Lundqvist");

	static final List<String> CITIES = List.of("Köpenhamn", "Oslo", "Helsingfors", "Amsterdam", "Glasgow",
			"Göteborg", "Malmö", "Berlin", "Wien", "Toronto");

	/** Written for the benchmark: sentences with the words people search for that the demo texts have too rarely. */
	static final List<String> EXTRA_SENTENCES = List.of(
			"Utvecklingsmedlen användes till att pröva nya arbetssätt inom försörjningsstödet.",
			"Stadsdelsnämnden ansökte om utvecklingsmedel för att utveckla boendestödet.",
			"Projektet finansierades med utvecklingsmedel från socialtjänstnämnden under två år.",
			"Försörjningsstöd till unga vuxna minskade när arbetsmarknadsinsatserna samordnades.",
			"Många unga med försörjningsstöd saknade fullständiga betyg från gymnasiet.",
			"Ekonomiskt bistånd, tidigare kallat socialbidrag, är samhällets yttersta skyddsnät.",
			"Handläggarna använde ASI-intervjun för att kartlägga klienternas missbruk och hälsa.",
			"ASI genomfördes vid inskrivningen och följdes upp efter sex månader.",
			"Boendestödjarna besökte deltagarna i hemmet varje vecka.",
			"Arbetsmarknadsinsatser i samverkan med Arbetsförmedlingen gav fler praktikplatser.",
			"Försäkringskassan, vårdcentralen och försörjningsstödsenheten hade ett gemensamt mål.",
			"Socialsekreterarna fick handledning i motiverande samtal.",
			"Den lösningsfokuserade metoden gav deltagarna stöd att formulera egna mål.",
			"Nyanlända deltog i SFI kombinerad med praktik och samhällsorientering.",
			"Föräldrastödet riktade sig till föräldrar med barn i tonåren.",
			"Uppsökande arbete bland hemlösa ledde till att fler fick en egen bostad.",
			"Utvärderingen visade att implementeringen i ordinarie verksamhet tog längre tid än planerat.",
			"Jobbcoacherna arbetade nära arbetsgivarna i stadsdelen.",
			"Kartläggningen av deltagarnas arbetsförmåga gjordes av en arbetsterapeut.",
			"Familjehemmen fick utbildning enligt BBIC.",
			"Våld i nära relationer uppmärksammades tidigt i utredningarna.",
			"Personer med psykisk ohälsa fick stöd till sysselsättning och egen försörjning.",
			"Studiebesöket gav idéer om hur arbetslivsinriktad rehabilitering kan organiseras.",
			"Missbruksvården och socialpsykiatrin samverkade kring personer med samsjuklighet.",
			"Metodutvecklingen dokumenterades i en slutrapport till nämnden.",
			"Housing First innebär att bostaden kommer först och stödet därefter.",
			"Sysselsättningsgraden bland deltagarna ökade under projekttiden.",
			"Ungdomarna erbjöds coachning, studievägledning och praktik.");

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}/\\-–%]*|[.,;:!?]");

	private final List<String> titles;
	private final List<String> sentenceStarts;
	private final Map<String, String[]> successors;

	private Vocabulary(List<String> titles, List<String> texts) {
		this.titles = List.copyOf(titles);
		Map<String, List<String>> next = new LinkedHashMap<>();
		List<String> starts = new ArrayList<>();
		for (String text : texts) {
			String previous = ".";
			Matcher m = TOKEN.matcher(text);
			while (m.find()) {
				String token = m.group();
				if (".".equals(previous) && Character.isLetter(token.charAt(0))) {
					starts.add(token);
				}
				next.computeIfAbsent(previous, k -> new ArrayList<>()).add(token);
				previous = token;
			}
			next.computeIfAbsent(previous, k -> new ArrayList<>()).add(".");
		}
		this.sentenceStarts = List.copyOf(starts);
		Map<String, String[]> frozen = new HashMap<>();
		next.forEach((word, list) -> frozen.put(word, list.toArray(String[]::new)));
		this.successors = frozen;
	}

	/** From the demo grants on the class path (src/main/resources/demo). */
	public static Vocabulary load() {
		List<String> titles = new ArrayList<>();
		List<String> texts = new ArrayList<>(EXTRA_SENTENCES);
		JsonMapper json = JsonMapper.builder().build();
		for (String resource : List.of("demo/grants-2002-2003.json", "demo/grants-2017.json")) {
			try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("missing " + resource);
				}
				collect(json.readTree(in).get("grants"), titles, texts);
			}
			catch (IOException e) {
				throw new IllegalStateException(resource, e);
			}
		}
		return new Vocabulary(titles, texts);
	}

	private static void collect(JsonNode grants, List<String> titles, List<String> texts) {
		for (JsonNode grant : grants) {
			for (var field : grant.properties()) {
				JsonNode value = field.getValue();
				if (!value.isString()) {
					continue;
				}
				String text = value.asString();
				if ("title".equals(field.getKey())) {
					titles.add(text);
				}
				else if (text.length() > 40 && !field.getKey().endsWith("InSeed")) {
					texts.add(text);
				}
			}
		}
	}

	List<String> titles() {
		return titles;
	}

	/** A sentence of the chain: a start word, then likely successors up to a full stop (at most {@code maxWords}). */
	String sentence(SplittableRandom random, int maxWords) {
		StringBuilder out = new StringBuilder(160);
		String word = sentenceStarts.get(random.nextInt(sentenceStarts.size()));
		int words = 0;
		while (true) {
			if (Character.isLetterOrDigit(word.charAt(0)) && out.length() > 0) {
				out.append(' ');
			}
			out.append(words == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
			if (".".equals(word) || "!".equals(word) || "?".equals(word)) {
				return out.toString();
			}
			if (++words >= maxWords) {
				return out.append('.').toString();
			}
			String[] candidates = successors.get(word);
			word = candidates == null ? "." : candidates[random.nextInt(candidates.length)];
		}
	}

	int distinctWords() {
		return successors.size();
	}
}
