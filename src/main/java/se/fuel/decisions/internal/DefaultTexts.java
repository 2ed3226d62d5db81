package se.fuel.decisions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.fuel.decisions.RoundTexts;
import se.fuel.decisions.Signatory;

/**
 * A new round's texts: those of the 2024 decision (the 2024 decision document) with the year put in, so that the officer edits rather
 * than writes from nothing. Ärendets beredning names the year's meetings, which only the officer knows.
 */
final class DefaultTexts {

	private DefaultTexts() {
	}

	static RoundTexts forYear(int year, UUID officerId, List<Signatory> signatories) {
		return new RoundTexts("", LocalDate.of(year - 1, 12, 12), "Socialnämnden",
				"Fördelning av lokala utvecklingsmedel och medel för utveckling och lärande genom studiebesök/resor "
						+ year,
				officerId, """
						Socialförvaltningens arbete med forskning och utveckling ska bidra till utveckling av \
						socialtjänsten och till bättre resultat för brukarna. I detta ingår utlysning och fördelning av \
						lokala utvecklingsmedel och medel för utbyte och lärande genom studieresor och studiebesök.""",
				"""
						Socialförvaltningens arbete med forskning och utveckling ska bidra till utveckling av \
						socialtjänsten och till bättre resultat för brukarna. Arbetet ska främja kunskapsbaserat arbete \
						och insatser samt vara praktiknära, ha ett tydligt stockholmsperspektiv och vara ett komplement \
						till statliga myndigheters forskning. I detta ingår utlysning och fördelning av lokala \
						utvecklingsmedel (LUM) och medel för utbyte och lärande genom studieresor och studiebesök (MUL). \
						Utvecklingsmedel beviljas under förutsättning att socialnämnden beslutar om att avsätta medel i \
						verksamhetsplanen för år %d.""".formatted(year),
				"Ärendet har beretts inom avdelningen för stadsövergripande sociala frågor och i socialförvaltningens "
						+ "FoU-råd.",
				"""
						Ärendet är könsneutralt i förhållande till de utvecklingsmedel som går att ansöka om. Utlysningen \
						för lokala utvecklingsmedel och medel för utveckling och lärande bidrar till Stockholms stads \
						arbete för jämställdhet. Genom tilldelning av medel för lokala utvecklingsprojekt ges möjlighet \
						att på lokal nivå arbeta mot målet att kvinnor och män ska ha samma makt att forma samhället och \
						sitt eget liv.""",
				"Förvaltningen tillsammans med FoU-rådet föreslår att lokala utvecklingsmedel och medel för utveckling "
						+ "och lärande fördelas i enlighet med nedan förslag.",
				signatories,
				List.of("Ansökningar LUM samt motivering och bedömning.", "Ansökningar MUL samt bedömning."));
	}
}
