package se.fuel.decisions.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.fuel.decisions.DecisionDocumentContent;
import se.fuel.decisions.DecisionDocumentContent.AllocationTable;
import se.fuel.decisions.DecisionDocumentContent.Listed;
import se.fuel.decisions.DecisionDocumentContent.ProgrammeAmount;
import se.fuel.decisions.DecisionDocumentContent.Row;

class DocumentComposerTest {

	private final DocumentFixtures year2024 = new DocumentFixtures();

	private final DecisionDocumentContent content = year2024.composer()
		.compose(2024, DocumentFixtures.texts(), year2024.lines);

	/** Sentences compare with ordinary spaces; the amounts' non-breaking spaces are checked on their own. */
	private static String plain(String s) {
		return s.replace('\u00A0', ' ');
	}

	@Test
	void heads_the_document_with_the_officer_the_recipient_and_the_registration_number() {
		assertThat(content.officerName()).isEqualTo("Rebecca Hedenstedt");
		assertThat(content.officerPhone()).isEqualTo("08-508 254 13");
		assertThat(content.department()).isEqualTo("Socialförvaltningen, Avdelningen för stadsövergripande sociala frågor");
		assertThat(content.recipient()).isEqualTo("Socialnämnden");
		assertThat(content.registrationNumber()).isEqualTo("SoN 2023/1234");
		assertThat(content.documentDate()).isEqualTo(LocalDate.of(2023, 12, 12));
	}

	@Test
	void proposes_the_decision_with_the_programmes_and_the_year() {
		assertThat(content.proposals()).containsExactly(
				"Socialnämnden godkänner förvaltningens förslag om fördelning av medel till lokala utvecklingsmedel och medel för utveckling och lärande 2024.",
				"Ärendet överlämnas till stadsdelsnämnderna för kännedom.");
	}

	@Test
	void sums_what_was_applied_for_from_the_lines_not_from_the_seeds_typo() {
		assertThat(content.totalRequested()).isEqualTo(6_658_400);
		assertThat(plain(content.summarySentence())).isEqualTo(
				"Inkomna ansökningar för lokala utvecklingsmedel och medel för utveckling och lärande genom studiebesök/resor för år 2024 omfattar totalt 6 658 400 kronor.");
		assertThat(content.requestedPerProgramme()).extracting(ProgrammeAmount::programmeCode,
				ProgrammeAmount::description, ProgrammeAmount::amount)
			.containsExactly(tuple("LUM", "lokala utvecklingsmedel", 6_460_000L),
					tuple("MUL", "medel för studiebesök/studieresor", 198_400L));
	}

	@Test
	void writes_amounts_with_non_breaking_spaces() {
		assertThat(content.summarySentence()).contains("6\u00A0658\u00A0400\u00A0kronor").doesNotContain("6 658");
		assertThat(content.grandTotalSentence()).contains("3\u00A0198\u00A0400");
	}

	@Test
	void states_each_calls_criteria_and_the_study_visit_cap() {
		var lum = content.qualifications().get(0);
		assertThat(lum.heading()).isEqualTo("Kvalificering och urval för lokala utvecklingsmedel 2024");
		assertThat(lum.mainCriteria()).hasSize(2);
		assertThat(lum.priorityAreas()).hasSize(3).first().asString().startsWith("Projekt med avsikt att testa");
		var mul = content.qualifications().get(1);
		assertThat(mul.heading()).isEqualTo("Medel för utveckling och lärande");
		assertThat(mul.intro()).startsWith("MUL ska bidra till lärande").endsWith("konferenser.");
		assertThat(plain(mul.capText())).isEqualTo("Det högsta beloppet att söka är 25 000 kronor.");
		assertThat(content.reporting()).startsWith("Projekt och studieresor som finansierats via LUM och MUL ska rapporteras");
	}

	@Test
	void counts_applications_and_organisations_in_words() {
		var lum = content.cases().get(0);
		assertThat(lum.applications()).isEqualTo(14);
		assertThat(lum.districts()).isEqualTo(10);
		assertThat(plain(lum.text())).isEqualTo(
				"Av de ansökningar som kommit in avsåg fjorton ansökningar lokala utvecklingsmedel vilka kom från tio stadsdelsförvaltningar. Ansökta medel omfattade totalt 6 460 000 kronor.");
		var mul = content.cases().get(1);
		assertThat(mul.applications()).isEqualTo(8);
		assertThat(mul.districts()).isEqualTo(4);
		assertThat(mul.otherOrganisations()).isEqualTo(1);
		assertThat(plain(mul.text())).isEqualTo(
				"Åtta ansökningar avsåg medel för utveckling och lärande genom studiebesök/resor och kom från fyra stadsdelsförvaltningar samt socialförvaltningen. Ansökta medel för utveckling och lärande omfattade totalt 198 400 kronor.");
	}

	@Test
	void lists_each_rejection_with_its_reason() {
		assertThat(content.rejectionsIntro()).isEqualTo("Förslaget innebär att sex stycken ansökningar av LUM avslås.");
		assertThat(content.rejections()).extracting(Listed::sentence)
			.containsExactly(
					"Projektet \u201DBFS (Boende med förstärkt stöd)\u201D bedöms inte uppfylla huvudkriteriet om nya arbetsätt/metoder.",
					"Projektet \u201DNya arbetsätt och metoder för att förebygga felaktiga utbetalningar av ekonomiskt bistånd som beror på interna felaktigheter\u201D bedöms uppfylla huvudkriterierna men projektet bedöms inte uppfylla något av de prioriterade områdena.",
					"Projektet \u201DFörstärkt handledning och samordning av Stockholmsjobb på stadsdelsförvaltningen\u201D bedöms ligga utanför socialtjänstens verksamhetsområde.",
					"Projektet \u201DFöräldraskapsstöd för alla – lättillgängligt föräldraskapsstöd\u201D bedöms uppfylla huvudkriterier och ett av de prioriterade områdena men har en bristfällig logik mellan problemformulering och föreslagen metod.",
					"Projektet \u201DFörstärkt stöd till familjehem och vårdnadshavare\u201D bedöms inte uppfylla huvudkriteriet om nya arbetssätt/metoder.",
					"Projektet \u201DARN- Aktivera Rätt Nätverk\u201D bedöms inte uppfylla huvudkriteriet om nya arbetssätt/metoder.");
	}

	@Test
	void lists_each_partial_grant() {
		assertThat(content.partialGrantsIntro())
			.isEqualTo("Förslaget innebär att tre stycken ansökningar av LUM delvis beviljas ansökta medel.");
		assertThat(content.partialGrants()).extracting(Listed::title)
			.containsExactly("Tidigt stöd till minderåriga EU-medborgare",
					"Hur kan brukare och personal förstå varandra bättre?",
					"Framtidens socialtjänst – i samskapande med brukarna");
		assertThat(content.partialGrants()).allSatisfy(l -> assertThat(l.sentence())
			.endsWith("\u201D bedöms kunna genomföras med en reducerad summa av ansökta medel."));
	}

	@Test
	void takes_the_repayment_date_from_the_call() {
		assertThat(content.repaymentNoticeDate()).isEqualTo(LocalDate.of(2024, 6, 2));
		assertThat(content.repayment()).startsWith("Beviljade LUM eller MUL som inte kan användas ska återbetalas")
			.contains("Senast den 2 juni 2024 ska berörd stadsdelsförvaltning meddela socialförvaltningen");
	}

	@Test
	void tables_only_the_granted_applications_per_call_with_their_sums() {
		AllocationTable lum = content.tables().get(0);
		assertThat(lum.heading()).isEqualTo("Lokala utvecklingsmedel 2024");
		assertThat(lum.itemHeading()).isEqualTo("Projekt");
		assertThat(lum.rows()).hasSize(8);
		assertThat(lum.rows().get(0)).isEqualTo(new Row("Norrmalm", "Tidigt stöd till minderåriga EU-medborgare", 200_000));
		assertThat(lum.sum()).isEqualTo(3_000_000);
		assertThat(plain(lum.sumSentence())).isEqualTo("3 000 000 kronor avsätts till lokala utvecklingsmedel.");
		AllocationTable mul = content.tables().get(1);
		assertThat(mul.heading()).isEqualTo("Medel för utveckling och lärande 2024");
		assertThat(mul.itemHeading()).isEqualTo("Studiebesök");
		assertThat(mul.rows()).extracting(Row::organisationName).contains("Socialförvaltningen, Enheten för hemlösa");
		assertThat(mul.sum()).isEqualTo(198_400);
		assertThat(plain(mul.sumSentence())).isEqualTo("198 400 kronor avsätts till medel för utveckling och lärande.");
	}

	@Test
	void totals_the_proposal_across_the_calls() {
		assertThat(content.grandTotal()).isEqualTo(3_198_400);
		assertThat(plain(content.grandTotalSentence())).isEqualTo(
				"Sammanlagt innebär förslaget om fördelning av medel för LUM och MUL tilldelning av 3 198 400 kronor.");
	}

	@Test
	void leaves_out_the_calls_of_other_years() {
		assertThat(content.tables()).extracting(AllocationTable::programmeCode).containsExactly("LUM", "MUL");
	}

	@Test
	void keeps_the_officers_signatories_and_appendices() {
		assertThat(content.signatories()).hasSize(2);
		assertThat(content.appendices()).containsExactly("Ansökningar LUM samt motivering och bedömning.",
				"Ansökningar MUL samt bedömning.");
	}

	@Test
	void says_one_application_in_the_singular() {
		var single = new DocumentFixtures();
		var rejected = single.lines.stream().filter(l -> l.title().startsWith("BFS")).toList();
		var granted = single.lines.stream().filter(l -> l.programmeCode().equals("MUL")).toList();
		var lines = new java.util.ArrayList<>(rejected);
		lines.addAll(granted);
		var content = single.composer().compose(2024, DocumentFixtures.texts(), List.copyOf(lines));
		assertThat(content.rejectionsIntro()).isEqualTo("Förslaget innebär att en ansökan av LUM avslås.");
		assertThat(content.partialGrantsIntro()).isEmpty();
		assertThat(plain(content.cases().get(0).text())).startsWith(
				"Av de ansökningar som kommit in avsåg en ansökan lokala utvecklingsmedel vilka kom från en stadsdelsförvaltning.");
	}
}
