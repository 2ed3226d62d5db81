package se.fuel.decisions;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a decision document (tjänsteutlåtande) says, in the order of the 2024 decision document, with every number computed from
 * the records when the allocation was finalised. Stored as a snapshot with its version; rendered as HTML and PDF/A.
 *
 * @param requestedPerProgramme Sammanfattning: what was applied for per programme ("6 460 000 kronor avser lokala
 * utvecklingsmedel")
 * @param qualifications Kvalificering och urval: one per call, with its criteria and priority areas
 * @param cases Ärendet: per call the number of applications and of distinct organisations, and the amount applied for
 * @param tables Förvaltningens synpunkter och förslag: one allocation table per call
 * @param summarySentence Sammanfattning: "Inkomna ansökningar för … omfattar totalt 6 658 400 kronor."
 * @param reporting after the qualifications: what granted projects and visits must report
 * @param rejectionsIntro Ärendet: "Förslaget innebär att sex stycken ansökningar av LUM avslås.", empty when none
 * @param partialGrantsIntro Ärendet: "Förslaget innebär att tre stycken ansökningar av LUM delvis beviljas ansökta
 * medel.", empty when none
 * @param grandTotalSentence "Sammanlagt innebär förslaget om fördelning av medel för LUM och MUL tilldelning av
 * 3 198 400 kronor."
 */
public record DecisionDocumentContent(int year, String registrationNumber, LocalDate documentDate, String recipient,
		String officerName, String officerPhone, String department, String title, List<String> proposals,
		String summaryIntro, long totalRequested, List<ProgrammeAmount> requestedPerProgramme, String background,
		List<Qualification> qualifications, String caseIntro, List<ProgrammeCase> cases, List<Listed> rejections,
		List<Listed> partialGrants, String repayment, LocalDate repaymentNoticeDate, String preparation,
		String genderAnalysis, String proposalIntro, List<AllocationTable> tables, long grandTotal,
		List<Signatory> signatories, List<String> appendices, String summarySentence, String reporting,
		String rejectionsIntro, String partialGrantsIntro, String grandTotalSentence) {

	/** The content without the composed sentences, for callers written before they existed. */
	public DecisionDocumentContent(int year, String registrationNumber, LocalDate documentDate, String recipient,
			String officerName, String officerPhone, String department, String title, List<String> proposals,
			String summaryIntro, long totalRequested, List<ProgrammeAmount> requestedPerProgramme, String background,
			List<Qualification> qualifications, String caseIntro, List<ProgrammeCase> cases, List<Listed> rejections,
			List<Listed> partialGrants, String repayment, LocalDate repaymentNoticeDate, String preparation,
			String genderAnalysis, String proposalIntro, List<AllocationTable> tables, long grandTotal,
			List<Signatory> signatories, List<String> appendices) {
		this(year, registrationNumber, documentDate, recipient, officerName, officerPhone, department, title,
				proposals, summaryIntro, totalRequested, requestedPerProgramme, background, qualifications, caseIntro,
				cases, rejections, partialGrants, repayment, repaymentNoticeDate, preparation, genderAnalysis,
				proposalIntro, tables, grandTotal, signatories, appendices, "", "", "", "", "");
	}

	/** An amount for one programme, e.g. 198 400 kronor for "medel för studiebesök/studieresor". */
	public record ProgrammeAmount(String programmeCode, String description, long amount) {
	}

	/** A call's rules as the document states them. */
	public record Qualification(String programmeCode, String heading, String intro, List<String> mainCriteria,
			List<String> priorityAreas, String capText) {
	}

	/** How many applications came in for a call and from how many organisations, and what they applied for. */
	public record ProgrammeCase(String programmeCode, int applications, int organisations, int districts,
			int otherOrganisations, long requested, String text) {
	}

	/** A rejected or partly granted application with the document's sentence about it. */
	public record Listed(String registrationNumber, String title, String organisationName, String sentence,
			long requested, long granted) {
	}

	/** One allocation table of "Förvaltningens synpunkter och förslag". */
	public record AllocationTable(String programmeCode, String heading, String itemHeading, List<Row> rows, long sum,
			String sumSentence) {
	}

	/** A row of an allocation table: Förvaltning | Projekt or Studiebesök | Summa (kronor). */
	public record Row(String organisationName, String item, long amount) {
	}
}
