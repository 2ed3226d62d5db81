package se.fuel.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.hunspell.HunspellStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class SwedishStemFilterTests {

	@Test
	void remembers_stems_without_changing_them_from_lucenes_hunspell_filter() throws IOException {
		String text;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/grants-2002-2003.json")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<String> lucene = tokens(new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer tokenizer = new StandardTokenizer();
				TokenStream stream = new HunspellStemFilter(new LowerCaseFilter(tokenizer), SwedishDictionary.get(),
						true, false);
				return new TokenStreamComponents(tokenizer, stream);
			}
		}, text);
		Analyzer remembering = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer, new SwedishStemFilter(new LowerCaseFilter(tokenizer)));
			}
		};
		assertThat(lucene).hasSizeGreaterThan(10_000);
		assertThat(tokens(remembering, text)).isEqualTo(lucene);
		// The second time the answers come from the cache.
		assertThat(tokens(remembering, text)).isEqualTo(lucene);
	}

	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("body", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(position.getPositionIncrement() + ":" + term);
			}
			stream.end();
		}
		return tokens;
	}
}
