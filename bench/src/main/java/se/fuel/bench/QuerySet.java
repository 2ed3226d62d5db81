package se.fuel.bench;

import java.util.List;

/**
 * What people type into the knowledge bank's search box: single words, inflected and compound forms, two-word
 * queries, method names and acronyms, an organisation's name.
 */
final class QuerySet {

	static final List<String> QUERIES = List.of(
			"utvecklingsmedel", "utvecklingsmedlen", "försörjningsstöd", "försörjningsstöd unga", "ASI",
			"boendestöd", "arbetsmarknadsinsatser", "ekonomiskt bistånd", "socialbidrag", "hemlöshet",
			"missbruk", "föräldraskap", "nyanlända", "praktikplatser", "samverkan",
			"handledning", "motiverande samtal", "Signs of Safety", "brukarskola", "sjukskrivna",
			"Arbetsförmedlingen", "Försäkringskassan", "långtidsarbetslösa", "ensamstående föräldrar", "kartläggning",
			"utvärdering", "metodutveckling", "implementering", "våld i nära relationer", "psykisk ohälsa",
			"funktionsnedsättning", "SFI", "etablering", "coachning", "jobbcoacher",
			"socialsekreterare", "uppsökande arbete", "ungdomar arbete", "försörjningsstödsenheten", "Farsta",
			"Housing First", "case management", "familjehem", "studiebesök", "föräldrastöd",
			"Västernorrlandsmodellen", "hälsoutveckling", "sysselsättning", "egen försörjning", "unga vuxna");

	private QuerySet() {
	}
}
