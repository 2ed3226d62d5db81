package se.fuel.security;

import static se.fuel.security.DecisionsAndKnowledgeRefusals.EVERYONE;
import static se.fuel.security.DecisionsAndKnowledgeRefusals.NOBODY;
import static se.fuel.security.OtherOrganisationIsRefusedIT.NOT_OFFICERS;
import static se.fuel.security.OtherOrganisationIsRefusedIT.row;
import static se.fuel.security.OtherOrganisationIsRefusedIT.rows;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import se.fuel.knowledge.KnowledgeBank;
import se.fuel.knowledge.KnowledgeFixtures;
import se.fuel.knowledge.KnowledgeItemInput;
import se.fuel.security.OtherOrganisationIsRefusedIT.Row;
import se.fuel.testdata.TestData;

/**
 * Rows of {@link OtherOrganisationIsRefusedIT} for the knowledge bank's own objects: items, their files and the
 * approved reports' drafts, the methods and the subscriptions. Knowledge belongs to no organisation: a published item
 * is read by everyone signed in and an unpublished one does not exist for anyone but officers and administrators
 * (404), who alone change items and methods (403 for the rest). A subscription is its owner's alone: it does not
 * exist for anyone else, officers included. Paths name the objects made in {@link #objects}: {kItem} a published item
 * with its file {kFile}, {kDraft} an unpublished item with its file {kDraftFile}, {method} a method,
 * {subscription} a subscription of the lead district's applicant and {spareSubscription}, {spareSubscription2} two
 * more of hers that she removes herself.
 */
final class KnowledgeItemRefusals {

	static final List<String> EDITORS = List.of("officer", "admin");

	/** Everyone but the owner of the subscriptions. */
	static final List<String> NOT_THE_SUBSCRIBER = List.of("other", "council", "reader", "attestant", "officer",
			"admin");

	private KnowledgeItemRefusals() {
	}

	/** Makes the objects the rows name, as the officer and the lead applicant make them, and the bodies they send. */
	static void objects(KnowledgeBank bank, TestData data, Fixtures fixtures, People people, int year,
			Map<String, String> ids, Map<String, String> bodies) throws Exception {
		String officer = people.officer();
		String programme = KnowledgeFixtures.programme();
		KnowledgeItemInput unpublished = KnowledgeFixtures.report(programme, "Opublicerad kunskap " + Fixtures.unique(),
				"Vad ett opublicerat projekt lärde sig.", year, List.of("ovrigt"), List.of(), List.of());
		KnowledgeItemInput published = KnowledgeFixtures.report(programme, "Publicerad kunskap " + Fixtures.unique(),
				"Vad ett publicerat projekt lärde sig.", year, List.of("ovrigt"), List.of(), List.of());
		UUID draft = data.as(officer, () -> bank.create(unpublished).id());
		ids.put("kDraft", draft.toString());
		ids.put("kDraftFile", attached(bank, data, officer, draft));
		UUID item = data.as(officer, () -> bank.create(published).id());
		ids.put("kItem", item.toString());
		ids.put("kFile", attached(bank, data, officer, item));
		data.run(officer, () -> bank.publish(item));
		ids.put("method", fixtures.created(officer, "/api/v1/knowledge/methods", """
				{"name":"Säkerhetsmetoden %s","type":"WAY_OF_WORKING","purpose":"Att pröva","evidenceStatus":"NO_STUDIES",
				 "trials":[],"adopters":[]}""".formatted(Fixtures.unique())));
		for (String name : List.of("subscription", "spareSubscription", "spareSubscription2")) {
			ids.put(name, fixtures.created(people.lead(), "/api/v1/knowledge/subscriptions",
					"{\"kind\":\"TARGET_GROUP\",\"value\":\"Bevakad " + Fixtures.unique() + "\"}"));
		}
		bodies.put("json:no-kind", "{\"value\":\"Unga\"}");
	}

	private static String attached(KnowledgeBank bank, TestData data, String officer, UUID item) {
		return data.as(officer, () -> bank.attach(item, "kunskap-" + Fixtures.unique() + ".pdf", Fixtures.PDF.length,
				new ByteArrayInputStream(Fixtures.PDF))).id().toString();
	}

	/**
	 * A published item, its file and its similar projects are read by everyone; an unpublished one by officers and
	 * administrators only, and a file is reached only through its own item.
	 */
	static Stream<Row> itemsAreReadWhenPublished() {
		var u = NOT_OFFICERS;
		return Stream.of(
				rows(200, EVERYONE, "GET", "/knowledge/{kItem}"),
				rows(200, EVERYONE, "GET", "/api/v1/knowledge/{kItem}"),
				rows(200, EVERYONE, "GET", "/knowledge/{kItem}/similar"),
				rows(200, EVERYONE, "GET", "/api/v1/knowledge/{kItem}/similar"),
				rows(200, EVERYONE, "GET", "/knowledge/{kItem}/attachments/{kFile}"),
				rows(404, u, "GET", "/knowledge/{kDraft}"),
				rows(404, u, "GET", "/api/v1/knowledge/{kDraft}"),
				rows(404, u, "GET", "/knowledge/{kDraft}/similar"),
				rows(404, u, "GET", "/api/v1/knowledge/{kDraft}/similar"),
				rows(404, u, "GET", "/knowledge/{kDraft}/attachments/{kDraftFile}"),
				// The unpublished item's file asked for through the published item: no such file there, for anyone.
				rows(404, EVERYONE, "GET", "/knowledge/{kItem}/attachments/{kDraftFile}"),
				rows(200, EDITORS, "GET", "/knowledge/{kDraft}"),
				rows(200, EDITORS, "GET", "/api/v1/knowledge/{kDraft}"),
				rows(200, EDITORS, "GET", "/knowledge/{kDraft}/attachments/{kDraftFile}"))
			.flatMap(s -> s);
	}

	/** Editing, publishing, files, versions and the reports' drafts are the officers' and administrators'. */
	static Stream<Row> itemsAreWrittenByOfficers() {
		var u = NOT_OFFICERS;
		return Stream.of(
				rows(403, u, "GET", "/knowledge/{kItem}/edit"),
				rows(403, u, "POST", "/knowledge/{kItem}", "title=Kapad"),
				rows(403, u, "PUT", "/api/v1/knowledge/{kItem}", "json:empty"),
				rows(403, u, "POST", "/knowledge/{kDraft}/publish"),
				rows(403, u, "POST", "/api/v1/knowledge/{kDraft}/publish"),
				rows(403, u, "POST", "/knowledge/{kItem}/unpublish"),
				rows(403, u, "POST", "/api/v1/knowledge/{kItem}/unpublish"),
				rows(403, u, "GET", "/api/v1/knowledge/{kItem}/versions"),
				rows(403, u, "UPLOAD", "/knowledge/{kDraft}/attachments"),
				rows(403, u, "UPLOAD", "/api/v1/knowledge/{kDraft}/attachments"),
				rows(403, u, "POST", "/knowledge/{kDraft}/attachments/{kDraftFile}/delete"),
				rows(403, u, "GET", "/api/v1/knowledge/{kItem}/report-draft"),
				rows(403, u, "POST", "/knowledge/{kItem}/report-draft/publish"),
				rows(403, u, "POST", "/knowledge/{kItem}/report-draft/discard"),
				rows(403, u, "POST", "/api/v1/knowledge/{kItem}/report-draft/publish"),
				rows(403, u, "POST", "/api/v1/knowledge/{kItem}/report-draft/discard"))
			.flatMap(s -> s);
	}

	/**
	 * Officers get past the same gates with requests that change nothing (a form refused for its input, a step the
	 * item's state does not allow, no report's draft waiting), so the refusals above come from the rule.
	 */
	static Stream<Row> officersGetThroughTheKnowledgeGates() {
		return Stream.of(
				rows(200, EDITORS, "GET", "/knowledge/{kItem}/edit"),
				row(200, "officer", "GET", "/api/v1/knowledge/{kItem}/versions"),
				row(422, "officer", "POST", "/knowledge/{kItem}", "year=inget"),
				row(422, "admin", "POST", "/knowledge/{kDraft}/attachments"),
				row(422, "officer", "POST", "/knowledge/{kItem}/publish"),
				row(422, "officer", "POST", "/api/v1/knowledge/{kDraft}/unpublish"),
				row(404, "officer", "GET", "/api/v1/knowledge/{kItem}/report-draft"),
				row(422, "officer", "POST", "/knowledge/{kItem}/report-draft/discard"),
				row(422, "admin", "POST", "/api/v1/knowledge/{kItem}/report-draft/publish"))
			.flatMap(s -> s);
	}

	/** Everyone reads a method; only officers and administrators change it. */
	static Stream<Row> methodsAreChangedByOfficers() {
		var u = NOT_OFFICERS;
		return Stream.of(
				rows(200, EVERYONE, "GET", "/knowledge/methods/{method}"),
				rows(200, EVERYONE, "GET", "/api/v1/knowledge/methods/{method}"),
				rows(403, u, "GET", "/knowledge/methods/{method}/edit"),
				rows(403, u, "POST", "/knowledge/methods/{method}", "name=Kapad"),
				rows(403, u, "PUT", "/api/v1/knowledge/methods/{method}", "json:empty"),
				rows(200, EDITORS, "GET", "/knowledge/methods/{method}/edit"))
			.flatMap(s -> s);
	}

	/**
	 * Everyone signed in subscribes (a subscription without a kind is refused for its input, whoever asks); a
	 * subscription is removed by its owner alone.
	 */
	static Stream<Row> subscriptionsAreTheirOwners() {
		var u = NOT_THE_SUBSCRIBER;
		return Stream.of(
				rows(422, EVERYONE, "POST", "/knowledge/subscriptions", "value=Unga"),
				rows(422, EVERYONE, "POST", "/api/v1/knowledge/subscriptions", "json:no-kind"),
				rows(404, u, "POST", "/knowledge/subscriptions/{subscription}/delete"),
				rows(404, u, "DELETE", "/api/v1/knowledge/subscriptions/{subscription}"),
				row(302, "lead", "POST", "/knowledge/subscriptions/{spareSubscription}/delete"),
				row(204, "lead", "DELETE", "/api/v1/knowledge/subscriptions/{spareSubscription2}"))
			.flatMap(s -> s);
	}

	/** Nobody signed in: pages send to the sign-in, the API asks for credentials. */
	static Stream<Row> anonymous() {
		var u = NOBODY;
		return Stream.of(
				rows(302, u, "GET", "/knowledge/{kItem}"),
				rows(302, u, "GET", "/knowledge/{kItem}/attachments/{kFile}"),
				rows(302, u, "GET", "/knowledge/methods/{method}"),
				rows(302, u, "POST", "/knowledge/subscriptions", "kind=TARGET_GROUP&value=Unga"),
				rows(401, u, "GET", "/api/v1/knowledge/{kItem}"),
				rows(401, u, "GET", "/api/v1/knowledge/methods/{method}"),
				rows(401, u, "POST", "/api/v1/knowledge/subscriptions", "json:no-kind"),
				rows(401, u, "DELETE", "/api/v1/knowledge/subscriptions/{subscription}"))
			.flatMap(s -> s);
	}
}
