package se.fuel.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the officer writes or chooses for a year's decision document; everything else in it is computed from the
 * records. Defaults come from the 2024 document (the 2024 decision document) with the year put in.
 *
 * @param registrationNumber diarienummer, e.g. "SoN 2023/1234"; may be empty until the registrar gives one
 * @param officerId the responsible officer (handläggare) whose name and phone head the document
 * @param preparation Ärendets beredning, the year's meetings in the officer's words
 */
public record RoundTexts(String registrationNumber, LocalDate documentDate, String recipient, String title,
		UUID officerId, String summaryIntro, String background, String preparation, String genderAnalysis,
		String proposalIntro, List<Signatory> signatories, List<String> appendices) {
}
