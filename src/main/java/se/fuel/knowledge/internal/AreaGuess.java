package se.fuel.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which areas (områden) of the taxonomy a grant belongs to, from the area it was reported under (the demo data's
 * "Socialmedicin", "SFI-studerande", "Sysselsättning och arbetsmarknad") or else from words in its title, target
 * group and purpose. A first suggestion for the officer, who corrects the draft before publishing.
 */
final class AreaGuess {

	/** The seeds' reporting areas, by their name in lower case. */
	private static final Map<String, String> REPORTED = Map.of(
			"socialmedicin", "socialmedicin",
			"sfi-studerande", "sfi-etablering",
			"sysselsättning och arbetsmarknad", "arbetsmarknad");

	/** Word stems that point at an area, checked in this order. */
	private static final List<Map.Entry<String, List<String>>> WORDS = List.of(
			Map.entry("socialmedicin", List.of("socialmedicin", "sjukskriv")),
			Map.entry("sfi-etablering", List.of("sfi", "nyanlä", "flykting", "etablering", "invandr")),
			Map.entry("arbetsmarknad", List.of("arbetsmarknad", "arbetslös", "sysselsättning", "praktik", "jobb", "i arbete",
					"till arbete", "egen försörjning",
					"självförsörj")),
			Map.entry("ekonomiskt-bistand", List.of("försörjningsstöd", "ekonomiskt bistånd", "bidrag")),
			Map.entry("barn-och-unga", List.of("barn", "unga ", "ungdom", " skola", "förskol", "elever")),
			Map.entry("foraldraskap", List.of("föräldra", "familj")),
			Map.entry("funktionsnedsattning", List.of("funktionsnedsätt", "lss", "gruppbostad", "funktionshind")),
			Map.entry("hemloshet", List.of("hemlös", "boende", "vräkning", "vråkning", "bo kvar")),
			Map.entry("missbruk", List.of("missbruk", "beroende", "samsjuklig", "alkohol", "narkotika")),
			Map.entry("psykisk-halsa", List.of("psykisk", "psykiatri", "kris")),
			Map.entry("aldre", List.of("äldre")),
			Map.entry("vald-i-nara-relationer", List.of("våld")));

	private AreaGuess() {
	}

	/**
	 * The area codes, the reported area's first, then at most two more guessed from the texts; {@code ovrigt} when
	 * nothing fits.
	 */
	public static List<String> of(String reportedArea, String... texts) {
		List<String> codes = new ArrayList<>();
		if (reportedArea != null) {
			String code = REPORTED.get(reportedArea.strip().toLowerCase(Locale.ROOT));
			if (code != null) {
				codes.add(code);
			}
		}
		String text = (" " + String.join(" ", java.util.Arrays.stream(texts).map(t -> t == null ? "" : t).toList())
				+ " ").toLowerCase(Locale.ROOT);
		int guessed = 0;
		for (var entry : WORDS) {
			if (guessed == 2 || codes.size() == 3) {
				break;
			}
			if (!codes.contains(entry.getKey()) && entry.getValue().stream().anyMatch(text::contains)) {
				codes.add(entry.getKey());
				guessed++;
			}
		}
		return codes.isEmpty() ? List.of("ovrigt") : List.copyOf(codes);
	}
}
