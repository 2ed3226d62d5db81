package se.fuel.knowledge.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.hunspell.HunspellStemFilter;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Lucene's {@link HunspellStemFilter} with its answers remembered ({@link AnalysisCache}): every base form of a word at
 * the word's position, the word unchanged when the dictionary does not know it. Hunspell's affix search dominated
 * indexing time; most words of a large corpus are ones already stemmed.
 */
final class SwedishStemFilter extends TokenFilter {

	private static final AnalysisCache<List<String>> STEMS = new AnalysisCache<>();

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
	private final Hunspell speller = SwedishDictionary.speller();
	private final Deque<String> pending = new ArrayDeque<>();
	private State current;

	SwedishStemFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!pending.isEmpty()) {
			restoreState(current);
			term.setEmpty().append(pending.poll());
			position.setPositionIncrement(0);
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		if (keyword.isKeyword()) {
			return true;
		}
		// Hunspell's roots are the filter's unique stems (dedup on, longest-only off), in the same order.
		List<String> stems = STEMS.get(term.toString(), speller::getRoots);
		if (stems.isEmpty()) {
			return true;
		}
		term.setEmpty().append(stems.get(0));
		if (stems.size() > 1) {
			pending.addAll(stems.subList(1, stems.size()));
			current = captureState();
		}
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		pending.clear();
		current = null;
	}
}
