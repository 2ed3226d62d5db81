package se.fuel.security;

import static se.fuel.security.OtherOrganisationIsRefusedIT.NOT_OFFICERS;
import static se.fuel.security.OtherOrganisationIsRefusedIT.rows;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import se.fuel.security.OtherOrganisationIsRefusedIT.Row;

/**
 * Rows of {@link OtherOrganisationIsRefusedIT} for the role gates of assessment, allocation and decisions, the
 * knowledge bank's editing, the calls list, mail choices and the annual report, kept apart so the table stays
 * readable. These rows need no object of their own beyond {submitted}, a submitted application of the lead district,
 * {otherDraft}, a draft of the other district, and {year}, the year of the test's open call. The rows of knowledge
 * items, methods and subscriptions are in {@link KnowledgeItemRefusals}, those of a decision document in
 * {@link DecisionDocumentRefusals}.
 */
final class DecisionsAndKnowledgeRefusals {

	static final List<String> EVERYONE = List.of("lead", "other", "council", "reader", "attestant",
			"attestant2", "officer", "admin");

	/** Applicants, council member, reader and attestants: none of them allocates money. */
	static final List<String> NOT_ALLOCATORS = List.of("lead", "other", "council", "reader", "attestant");

	static final List<String> NOBODY = Collections.singletonList(null);

	private DecisionsAndKnowledgeRefusals() {
	}

	/** Assessments are the officers' judgement: applicants never see them, nor do council, reader or attestant. */
	static Stream<Row> assessmentsAreForOfficers() {
		var u = NOT_OFFICERS;
		return Stream.of(
				rows(403, u, "GET", "/assessments"),
				rows(403, u, "GET", "/assessments/reasons"),
				rows(403, u, "GET", "/assessments/{submitted}"),
				rows(403, u, "GET", "/assessments/{submitted}/similar"),
				rows(403, u, "GET", "/api/v1/assessments/{submitted}"),
				rows(403, u, "GET", "/api/v1/assessments/reason-categories"),
				rows(200, List.of("officer", "admin"), "GET", "/assessments/{submitted}"),
				rows(200, List.of("officer"), "GET", "/api/v1/assessments/{submitted}"))
			.flatMap(s -> s);
	}

	/** The allocation workbench and its texts are the officers' and administrators'. */
	static Stream<Row> allocationIsForOfficers() {
		var u = NOT_ALLOCATORS;
		return Stream.of(
				rows(403, u, "GET", "/allocation/{year}"),
				rows(403, u, "GET", "/allocation/{year}.xlsx"),
				rows(403, u, "GET", "/allocation/{year}/texts"),
				rows(403, u, "POST", "/allocation/{year}/finalise"),
				rows(403, u, "GET", "/api/v1/allocations"),
				rows(403, u, "GET", "/api/v1/allocations/{year}"),
				rows(403, u, "GET", "/api/v1/allocations/{year}.xlsx"),
				rows(403, u, "GET", "/api/v1/allocations/{year}/texts"),
				rows(403, u, "POST", "/api/v1/allocations/{year}/finalise"),
				rows(200, List.of("officer", "admin"), "GET", "/allocation/{year}"),
				rows(200, List.of("officer"), "GET", "/api/v1/allocations/{year}"))
			.flatMap(s -> s);
	}

	/** Outcomes are the applicants' own and the officers'; the waiting attestations are the attestants'. */
	static Stream<Row> decisionsReachTheirOwn() {
		return Stream.of(
				rows(403, List.of("council", "reader", "attestant"), "GET", "/decisions/outcomes"),
				rows(403, List.of("council", "reader", "attestant"), "GET", "/api/v1/outcomes"),
				rows(200, List.of("lead", "officer"), "GET", "/decisions/outcomes"),
				rows(200, List.of("lead", "officer"), "GET", "/api/v1/outcomes"),
				// The other district's application is no business of the lead's: no outcome exists for the lead.
				rows(404, List.of("lead"), "GET", "/api/v1/outcomes/{otherDraft}"),
				rows(403, List.of("lead", "other", "council", "reader"), "GET", "/decisions/attest"),
				rows(403, List.of("lead", "other", "council", "reader"), "GET", "/decisions/{year}"),
				rows(403, List.of("lead", "other", "council", "reader"), "GET", "/api/v1/decision-documents?year={year}"),
				rows(200, List.of("attestant", "attestant2"), "GET", "/decisions/attest"))
			.flatMap(s -> s);
	}

	/** Everyone reads the published knowledge bank; only officers and administrators write it. */
	static Stream<Row> knowledgeIsWrittenByOfficers() {
		var u = NOT_OFFICERS;
		return Stream.of(
				rows(403, u, "GET", "/knowledge/drafts"),
				rows(403, u, "GET", "/knowledge/new"),
				rows(403, u, "GET", "/knowledge/index"),
				rows(403, u, "GET", "/knowledge/methods/new"),
				rows(403, u, "GET", "/api/v1/knowledge/drafts"),
				rows(403, u, "GET", "/api/v1/knowledge/report-drafts"),
				rows(403, u, "GET", "/api/v1/knowledge/index"),
				rows(200, EVERYONE, "GET", "/knowledge"),
				rows(200, EVERYONE, "GET", "/knowledge/methods"),
				rows(200, EVERYONE, "GET", "/knowledge/subscriptions"),
				rows(200, EVERYONE, "GET", "/api/v1/knowledge"),
				rows(200, EVERYONE, "GET", "/api/v1/knowledge/methods"),
				rows(200, EVERYONE, "GET", "/api/v1/knowledge/search?q=ASI"),
				rows(200, EVERYONE, "GET", "/api/v1/knowledge/subscriptions"),
				rows(200, List.of("officer", "admin"), "GET", "/knowledge/drafts"))
			.flatMap(s -> s);
	}

	/**
	 * Everyone signed in reads the calls and chooses their own mails; the annual report is for officers,
	 * administrators, attestants and readers, not for applicants and council members.
	 */
	static Stream<Row> callsMailAndAnnualReport() {
		return Stream.of(
				rows(200, EVERYONE, "GET", "/calls"),
				rows(302, List.of("lead", "reader"), "POST", "/account/mail"),
				rows(403, List.of("lead", "council"), "GET", "/grants/annual-report?year={year}"),
				rows(403, List.of("lead", "council"), "GET", "/grants/annual-report.pdf?year={year}"),
				rows(403, List.of("lead", "council"), "GET", "/api/v1/annual-reports/{year}"),
				rows(403, List.of("lead", "council"), "GET", "/api/v1/annual-reports/{year}.html"),
				rows(403, List.of("lead", "council"), "GET", "/api/v1/annual-reports/{year}.pdf"),
				rows(200, List.of("officer", "reader", "attestant"), "GET", "/grants/annual-report?year={year}"),
				rows(200, List.of("reader"), "GET", "/api/v1/annual-reports/{year}"))
			.flatMap(s -> s);
	}

	/** Nobody signed in: pages send to the sign-in, the API asks for credentials. */
	static Stream<Row> anonymous() {
		var u = NOBODY;
		return Stream.of(
				rows(302, u, "GET", "/calls"),
				rows(302, u, "GET", "/assessments"),
				rows(302, u, "GET", "/allocation/{year}"),
				rows(302, u, "GET", "/knowledge"),
				rows(302, u, "GET", "/grants/annual-report?year={year}"),
				rows(401, u, "GET", "/api/v1/assessments/reason-categories"),
				rows(401, u, "GET", "/api/v1/allocations"),
				rows(401, u, "GET", "/api/v1/outcomes"),
				rows(401, u, "GET", "/api/v1/knowledge"),
				rows(401, u, "GET", "/api/v1/annual-reports/{year}"))
			.flatMap(s -> s);
	}
}
