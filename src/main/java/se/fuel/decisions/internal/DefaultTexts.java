package se.fuel.decisions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import se.fuel.common.SwedishFormat;
import se.fuel.decisions.RoundTexts;
import se.fuel.decisions.Signatory;

/**
 * A new round's texts: those of the 2024 decision (the 2024 decision document) with the year put in, so that the
 * officer edits rather than writes from nothing. Ärendets beredning names the year's meetings, which only the officer
 * knows. The document is Swedish, so the defaults are the Swedish bundle's ({@code decisions.defaults.*}).
 */
final class DefaultTexts {

	private DefaultTexts() {
	}

	/**
	 * The document is dated 12 December of the year before, as the 2024 document was, unless that day is still to
	 * come: a document cannot be dated after the day it is written, and the committee may not decide before it.
	 */
	static RoundTexts forYear(int year, UUID officerId, List<Signatory> signatories, MessageSource messages,
			LocalDate today) {
		String y = Integer.toString(year);
		LocalDate usual = LocalDate.of(year - 1, 12, 12);
		return new RoundTexts("", usual.isAfter(today) ? today : usual, sv(messages, "recipient"), sv(messages, "title", y),
				officerId, sv(messages, "summaryIntro"), sv(messages, "background", y), sv(messages, "preparation"),
				sv(messages, "genderAnalysis"), sv(messages, "proposalIntro"), signatories,
				List.of(sv(messages, "appendix.projects"), sv(messages, "appendix.visits")));
	}

	/** The organisation a default signatory signs for. */
	static String signatoryOrganisation(MessageSource messages) {
		return sv(messages, "signatoryOrganisation");
	}

	private static String sv(MessageSource messages, String key, Object... arguments) {
		return messages.getMessage("decisions.defaults." + key, arguments, SwedishFormat.SWEDISH);
	}
}
