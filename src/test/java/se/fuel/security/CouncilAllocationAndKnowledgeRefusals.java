package se.fuel.security;

import static se.fuel.security.OtherOrganisationIsRefusedIT.NOT_OFFICERS;
import static se.fuel.security.OtherOrganisationIsRefusedIT.NO_APPLICATION_ROLE;
import static se.fuel.security.OtherOrganisationIsRefusedIT.row;
import static se.fuel.security.OtherOrganisationIsRefusedIT.rows;

import java.util.List;
import java.util.stream.Stream;

import se.fuel.security.OtherOrganisationIsRefusedIT.Row;

/**
 * Rows of {@link OtherOrganisationIsRefusedIT} for what officers change in an assessment, the council's reviews, the
 * allocation's changes, the histories of applications and the knowledge bank's areas, index and new items, kept apart
 * so the table stays readable. They need no object beyond {submitted}, a submitted application of the lead district,
 * {draft}, a draft of the lead district, {lum}, the open call, {year}, its year, {reason}, a reason category every
 * database has, and {area}, a knowledge area.
 */
final class CouncilAllocationAndKnowledgeRefusals {

	/** Everyone but council members: the council's own pages are for them alone, administrators included. */
	static final List<String> NOT_COUNCIL = List.of("lead", "other", "reader", "attestant", "officer", "admin");

	/** Applicants, council member, reader and attestants: none of them allocates money. */
	static final List<String> NOT_ALLOCATORS = DecisionsAndKnowledgeRefusals.NOT_ALLOCATORS;

	private CouncilAllocationAndKnowledgeRefusals() {
	}

	/** An officer records the assessment, asks the council and keeps the reasons for rejection. */
	static Stream<Row> assessingIsForOfficers() {
		var u = NOT_OFFICERS;
		return Stream.of(
				rows(403, u, "POST", "/assessments/{submitted}", "recommendation=GRANT"),
				rows(403, u, "PUT", "/api/v1/assessments/{submitted}", "json:assessment"),
				rows(403, u, "POST", "/assessments/{submitted}/council"),
				rows(403, u, "POST", "/api/v1/assessments/{submitted}/council", "json:members"),
				rows(403, u, "POST", "/assessments/calls/{lum}/distribute"),
				rows(403, u, "POST", "/api/v1/assessments/calls/{lum}/distribute"),
				rows(403, u, "POST", "/assessments/reasons", "name=Kapad"),
				rows(403, u, "POST", "/assessments/reasons/{reason}", "name=Kapad&active=true"))
			.flatMap(s -> s);
	}

	/**
	 * The council's pages are the council members', and each member reaches only the applications assigned to them: a
	 * member of the applicant's own district is never assigned, so the application does not exist for them.
	 */
	static Stream<Row> councilReviewsAreTheMembersOwn() {
		var u = NOT_COUNCIL;
		var member = List.of("council");
		return Stream.of(
				rows(403, u, "GET", "/council"),
				rows(403, u, "GET", "/api/v1/council/assignments"),
				rows(200, member, "GET", "/council"),
				rows(200, member, "GET", "/api/v1/council/assignments"),
				rows(403, u, "GET", "/council/{submitted}"),
				rows(403, u, "GET", "/api/v1/council/{submitted}"),
				rows(403, u, "POST", "/council/{submitted}", "score-0=5"),
				rows(403, u, "POST", "/council/{submitted}/conflict", "reason=Kapad"),
				rows(403, u, "PUT", "/api/v1/council/{submitted}/scores", "json:scores"),
				rows(404, member, "GET", "/council/{submitted}"),
				rows(404, member, "GET", "/api/v1/council/{submitted}"),
				rows(404, member, "POST", "/council/{submitted}", "score-0=5"),
				rows(404, member, "POST", "/council/{submitted}/conflict", "reason=Kapad"),
				rows(404, member, "PUT", "/api/v1/council/{submitted}/scores", "json:scores"))
			.flatMap(s -> s);
	}

	/** Changing the allocation, line by line or its texts, is the officers' and administrators'. */
	static Stream<Row> allocationIsChangedByOfficers() {
		var u = NOT_ALLOCATORS;
		return Stream.of(
				rows(403, u, "GET", "/allocation"),
				rows(403, u, "POST", "/allocation/{year}/lines/{submitted}", "amount=1"),
				rows(403, u, "POST", "/allocation/{year}/lines/{submitted}/reset"),
				rows(403, u, "POST", "/allocation/{year}/texts", "decisionText=Kapad"),
				rows(403, u, "PUT", "/api/v1/allocations/{year}/lines/{submitted}", "json:amount"),
				rows(403, u, "DELETE", "/api/v1/allocations/{year}/lines/{submitted}"),
				rows(403, u, "PUT", "/api/v1/allocations/{year}/texts", "json:texts"),
				// Recommending a rejection from the workbench (issue 15): the page, its form and the API's counterpart.
				rows(403, u, "GET", "/allocation/{year}/lines/{submitted}/rejection"),
				rows(403, u, "POST", "/allocation/{year}/lines/{submitted}/rejection", "motivation=Kapad"),
				rows(403, u, "POST", "/api/v1/allocations/{year}/lines/{submitted}/rejection", "json:empty"),
				rows(200, List.of("officer", "admin"), "GET", "/allocation/{year}/lines/{submitted}/rejection"),
				// The newest round's page, or the start page when there is none: either way a redirect.
				row(302, "officer", "GET", "/allocation"))
			.flatMap(s -> s);
	}

	/** Everyone but administrators and readers, to whom the log across objects is refused. */
	static final List<String> NOT_AUDITORS = List.of("lead", "other", "council", "attestant", "officer");

	/** An application's history is read by whoever may read the application, and by nobody else. */
	static Stream<Row> historiesFollowTheirObject() {
		return Stream.of(
				row(404, "other", "GET", "/audit/Application/{draft}"),
				row(404, "other", "GET", "/audit/Application/{draft}/entries/1"),
				rows(403, NO_APPLICATION_ROLE, "GET", "/audit/Application/{draft}"),
				rows(403, NO_APPLICATION_ROLE, "GET", "/audit/Application/{draft}/entries/1"),
				rows(200, List.of("lead", "officer"), "GET", "/audit/Application/{draft}"),
				// A type no module answers for has no history for anyone.
				row(404, "officer", "GET", "/audit/Nothing/{draft}"),
				// The log across objects is for administrators and readers (the auditors) only.
				rows(403, NOT_AUDITORS, "GET", "/audit"),
				rows(403, NOT_AUDITORS, "GET", "/audit.csv"),
				rows(403, NOT_AUDITORS, "GET", "/api/v1/audit"),
				rows(200, List.of("reader", "admin"), "GET", "/audit?actor={user}"),
				rows(200, List.of("reader", "admin"), "GET", "/audit.csv?actor={user}"),
				rows(200, List.of("reader", "admin"), "GET", "/api/v1/audit?actor={user}"))
			.flatMap(s -> s);
	}

	/** Officers keep the areas, the search index, the items and the methods; everyone reads the areas' names. */
	static Stream<Row> knowledgeIsKeptByOfficers() {
		var u = NOT_OFFICERS;
		return Stream.of(
				rows(403, u, "GET", "/knowledge/areas"),
				rows(200, List.of("officer", "admin"), "GET", "/knowledge/areas"),
				rows(200, DecisionsAndKnowledgeRefusals.EVERYONE, "GET", "/api/v1/knowledge/areas"),
				rows(403, u, "POST", "/knowledge/areas", "code=kapad&label=Kapad"),
				rows(403, u, "POST", "/knowledge/areas/{area}", "label=Kapad"),
				rows(403, u, "POST", "/knowledge/areas/{area}/retire"),
				rows(403, u, "POST", "/knowledge/areas/{area}/reinstate"),
				rows(403, u, "POST", "/knowledge/areas/{area}/delete"),
				rows(403, u, "GET", "/knowledge/index/progress"),
				rows(403, u, "POST", "/knowledge/index"),
				rows(403, u, "POST", "/api/v1/knowledge/index"),
				rows(403, u, "POST", "/knowledge", "title=Kapad"),
				rows(403, u, "POST", "/api/v1/knowledge", "json:empty"),
				rows(403, u, "POST", "/knowledge/methods", "name=Kapad"),
				rows(403, u, "POST", "/api/v1/knowledge/methods", "json:empty"),
				// Similar projects help those who judge applications: officers and the council.
				rows(403, List.of("lead", "other", "reader", "attestant"), "POST", "/api/v1/knowledge/similar",
						"json:empty"))
			.flatMap(s -> s);
	}
}
