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
 * readable. These rows need no object of their own beyond {submitted}, a Farsta application that is submitted, and
 * {sodermalm}, a Södermalm draft; the year 2027 is the demo's open round. Endpoints that need objects these tables do
 * not make yet (knowledge items, decision documents, council reviews) are listed as owed in
 * {@link EveryEndpointHasARefusalRowIT#OWED}.
 */
final class DecisionsAndKnowledgeRefusals {

	static final List<String> EVERYONE = List.of("farsta", "sodermalm", "radsledamot", "lasare", "socialdirektor",
			"avdelningschef", "handlaggare", "admin");

	/** Applicants, council member, reader and attestants: none of them allocates money. */
	static final List<String> NOT_ALLOCATORS = List.of("farsta", "sodermalm", "radsledamot", "lasare", "socialdirektor");

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
				rows(200, List.of("handlaggare", "admin"), "GET", "/assessments/{submitted}"),
				rows(200, List.of("handlaggare"), "GET", "/api/v1/assessments/{submitted}"))
			.flatMap(s -> s);
	}

	/** The allocation workbench and its texts are the officers' and administrators'. */
	static Stream<Row> allocationIsForOfficers() {
		var u = NOT_ALLOCATORS;
		return Stream.of(
				rows(403, u, "GET", "/allocation/2027"),
				rows(403, u, "GET", "/allocation/2027.xlsx"),
				rows(403, u, "GET", "/allocation/2027/texts"),
				rows(403, u, "POST", "/allocation/2027/finalise"),
				rows(403, u, "GET", "/api/v1/allocations"),
				rows(403, u, "GET", "/api/v1/allocations/2027"),
				rows(403, u, "GET", "/api/v1/allocations/2027.xlsx"),
				rows(403, u, "GET", "/api/v1/allocations/2027/texts"),
				rows(403, u, "POST", "/api/v1/allocations/2027/finalise"),
				rows(200, List.of("handlaggare", "admin"), "GET", "/allocation/2027"),
				rows(200, List.of("handlaggare"), "GET", "/api/v1/allocations/2027"))
			.flatMap(s -> s);
	}

	/** Outcomes are the applicants' own and the officers'; the waiting attestations are the attestants'. */
	static Stream<Row> decisionsReachTheirOwn() {
		return Stream.of(
				rows(403, List.of("radsledamot", "lasare", "socialdirektor"), "GET", "/decisions/outcomes"),
				rows(403, List.of("radsledamot", "lasare", "socialdirektor"), "GET", "/api/v1/outcomes"),
				rows(200, List.of("farsta", "handlaggare"), "GET", "/decisions/outcomes"),
				rows(200, List.of("farsta", "handlaggare"), "GET", "/api/v1/outcomes"),
				// Södermalm's application is no business of Farsta's: no outcome exists for Farsta.
				rows(404, List.of("farsta"), "GET", "/api/v1/outcomes/{sodermalm}"),
				rows(403, List.of("farsta", "sodermalm", "radsledamot", "lasare"), "GET", "/decisions/attest"),
				rows(403, List.of("farsta", "sodermalm", "radsledamot", "lasare"), "GET", "/decisions/2027"),
				rows(403, List.of("farsta", "sodermalm", "radsledamot", "lasare"), "GET", "/api/v1/decision-documents?year=2027"),
				rows(200, List.of("socialdirektor", "avdelningschef"), "GET", "/decisions/attest"))
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
				rows(200, List.of("handlaggare", "admin"), "GET", "/knowledge/drafts"))
			.flatMap(s -> s);
	}

	/**
	 * Everyone signed in reads the calls and chooses their own mails; the annual report is for officers,
	 * administrators, attestants and readers, not for applicants and council members.
	 */
	static Stream<Row> callsMailAndAnnualReport() {
		return Stream.of(
				rows(200, EVERYONE, "GET", "/calls"),
				rows(302, List.of("farsta", "lasare"), "POST", "/account/mail"),
				rows(403, List.of("farsta", "radsledamot"), "GET", "/grants/annual-report?year=2017"),
				rows(403, List.of("farsta", "radsledamot"), "GET", "/grants/annual-report.pdf?year=2017"),
				rows(403, List.of("farsta", "radsledamot"), "GET", "/api/v1/annual-reports/2017"),
				rows(403, List.of("farsta", "radsledamot"), "GET", "/api/v1/annual-reports/2017.html"),
				rows(403, List.of("farsta", "radsledamot"), "GET", "/api/v1/annual-reports/2017.pdf"),
				rows(200, List.of("handlaggare", "lasare", "socialdirektor"), "GET", "/grants/annual-report?year=2017"),
				rows(200, List.of("lasare"), "GET", "/api/v1/annual-reports/2017"))
			.flatMap(s -> s);
	}

	/** Nobody signed in: pages send to the sign-in, the API asks for credentials. */
	static Stream<Row> anonymous() {
		var u = NOBODY;
		return Stream.of(
				rows(302, u, "GET", "/calls"),
				rows(302, u, "GET", "/assessments"),
				rows(302, u, "GET", "/allocation/2027"),
				rows(302, u, "GET", "/knowledge"),
				rows(302, u, "GET", "/grants/annual-report?year=2017"),
				rows(401, u, "GET", "/api/v1/assessments/reason-categories"),
				rows(401, u, "GET", "/api/v1/allocations"),
				rows(401, u, "GET", "/api/v1/outcomes"),
				rows(401, u, "GET", "/api/v1/knowledge"),
				rows(401, u, "GET", "/api/v1/annual-reports/2017"))
			.flatMap(s -> s);
	}
}
