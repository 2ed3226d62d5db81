package se.fuel.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.hunspell.Hunspell;

/**
 * Splits a Swedish compound (sammansättning) into its modifier and head with the Hunspell dictionary, so that
 * "boendestöd" meets "stöd" and "utvecklingsmedlen" meets "utvecklingsmedel": the head is inflected, the modifier
 * may carry a linking -s- or a changed vowel ("arbets" from "arbete", "hälso" from "hälsa", "familje" from "familj").
 * Words the dictionary knows as simple words are split only into parts of at least four letters, which keeps
 * "ungdomar" whole (not "ung" + "domar").
 */
final class SwedishCompoundSplitter {

	private static final int MIN_WORD = 7;

	/**
	 * A split: the modifier as written ("arbets"), its base forms, the head's base forms and the compound's own base
	 * forms.
	 */
	record Split(String modifier, List<String> modifiers, List<String> heads, List<String> lemmas) {
	}

	/** Splitting tries a dictionary lookup per possible head: too slow to repeat for every occurrence of a word. */
	private static final AnalysisCache<Optional<Split>> SPLITS = new AnalysisCache<>();

	private final Hunspell speller;

	SwedishCompoundSplitter(Hunspell speller) {
		this.speller = speller;
	}

	Optional<Split> split(String word) {
		if (word.length() < MIN_WORD || !word.chars().allMatch(Character::isLetter)) {
			return Optional.empty();
		}
		return SPLITS.get(word, this::splitUncached);
	}

	private Optional<Split> splitUncached(String word) {
		boolean known = !speller.getRoots(word).isEmpty();
		int minPart = known ? 4 : 3;
		// The longest head first: Swedish compounds put the meaning-bearing part last.
		for (int i = minPart; i <= word.length() - minPart; i++) {
			String head = word.substring(i);
			List<String> heads = speller.getRoots(head);
			if (heads.isEmpty()) {
				continue;
			}
			String modifier = word.substring(0, i);
			List<String> modifiers = modifierRoots(modifier, minPart);
			if (modifiers.isEmpty()) {
				continue;
			}
			List<String> lemmas = heads.stream().map(h -> modifier + h).distinct().toList();
			return Optional.of(new Split(modifier, modifiers, heads, lemmas));
		}
		return Optional.empty();
	}

	private List<String> modifierRoots(String modifier, int minPart) {
		List<String> candidates = new ArrayList<>();
		candidates.add(modifier);
		if (modifier.endsWith("s") && modifier.length() > minPart) {
			String stem = modifier.substring(0, modifier.length() - 1);
			candidates.add(stem);
			candidates.add(stem + "e");
		}
		candidates.add(modifier + "a");
		candidates.add(modifier + "e");
		char last = modifier.charAt(modifier.length() - 1);
		if (modifier.length() > minPart && "aeou".indexOf(last) >= 0) {
			// "familje" from "familj", "hälso" from "hälsa", "gatu" from "gata".
			String stem = modifier.substring(0, modifier.length() - 1);
			candidates.add(stem + "a");
			candidates.add(stem);
		}
		for (String candidate : candidates) {
			List<String> roots = speller.getRoots(candidate);
			if (!roots.isEmpty()) {
				return roots;
			}
		}
		// A modifier that is itself a compound ("stadsdels" in "stadsdelsförvaltning").
		if (modifier.length() >= MIN_WORD) {
			return split(modifier.endsWith("s") ? modifier.substring(0, modifier.length() - 1) : modifier)
				.map(Split::lemmas)
				.orElse(List.of());
		}
		return List.of();
	}
}
