package se.fuel.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.fuel.assessment.EarlierProjects;
import se.fuel.assessment.SimilarProject;
import se.fuel.knowledge.SimilarItems;

/**
 * The knowledge bank's answer to the assessment's question for similar earlier projects: "Liknande projekt" of the
 * application's texts, with the catalogue's methods its texts name, since an application has no list of methods.
 */
@Component
class EarlierProjectsOfKnowledgeBank implements EarlierProjects {

	private final SimilarItems similarItems;

	private final MethodRepository methods;

	private final MessageSource messages;

	EarlierProjectsOfKnowledgeBank(SimilarItems similarItems, MethodRepository methods, MessageSource messages) {
		this.similarItems = similarItems;
		this.methods = methods;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SimilarProject> like(String title, String text, List<String> targetGroups) {
		List<String> named = namedMethods(title + "\n" + text);
		// The assessment shows these as they are, so they are written in the language of the page asking.
		Locale locale = ReadersLanguage.locale();
		return similarItems.similarTo(new SimilarItems.Texts(title, text, targetGroups, named)).stream()
			.map(s -> new SimilarProject(s.id(), s.title(), messages.getMessage(s.kind().messageKey(), null, locale),
					s.year(), s.reasons().stream().map(r -> messages.getMessage(r, locale)).toList()))
			.toList();
	}

	/**
	 * The methods named in the text by their short name, the part before any parenthesis ("ASI" of "ASI (Addiction
	 * Severity Index)"), as whole words.
	 */
	private List<String> namedMethods(String text) {
		List<String> named = new ArrayList<>();
		for (Method method : methods.findAllByOrderByNameAsc()) {
			String shortName = method.name().replaceAll("\\s*\\(.*$", "").strip();
			if (shortName.length() >= 3 && Pattern
				.compile("(?<![\\p{L}\\d])" + Pattern.quote(shortName) + "(?![\\p{L}\\d])",
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
				.matcher(text)
				.find()) {
				named.add(method.name());
			}
		}
		return named;
	}
}
