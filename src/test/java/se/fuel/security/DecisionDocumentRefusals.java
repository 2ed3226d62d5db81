package se.fuel.security;

import static se.fuel.security.GrantAndMailEndpointsRefuseIT.NOBODY;
import static se.fuel.security.GrantAndMailEndpointsRefuseIT.NO_GRANT_ROLE;
import static se.fuel.security.GrantAndMailEndpointsRefuseIT.rows;

import java.util.List;
import java.util.stream.Stream;

import se.fuel.security.GrantAndMailEndpointsRefuseIT.Row;

/**
 * Rows of {@link GrantAndMailEndpointsRefuseIT} for the decision document that made its grant, {decision}, and the
 * outcome panel of the granted application, {application}. Officers and administrators read every version of a
 * document, send it for attestation and record the committee's decision; an attestant reads and attests only what
 * was sent to them, so a version sent to others does not exist for them (404), and no other role reaches a document
 * (403). The test's own attestants were not among the two who attested {decision}.
 */
final class DecisionDocumentRefusals {

	/** Applicants, council member and reader: none of them has any part in a decision document. */
	static final List<String> NO_DOCUMENT_ROLE = List.of("lead", "other", "council", "reader");

	/** Attestants to whom {decision} was not sent. */
	static final List<String> OTHER_ATTESTANTS = List.of("attestant", "attestant2");

	static final List<String> OFFICERS = List.of("officer", "admin");

	static final String DECISION_FORM = "decidedOn=2048-01-31&paragraph=§ 9&asProposed=true";

	private DecisionDocumentRefusals() {
	}

	/** Reading a version: officers and the attestants it was sent to. */
	static Stream<Row> documentsAreReadByOfficersAndTheirAttestants() {
		var documentReads = List.of("/decisions/documents/{decision}", "/decisions/documents/{decision}.pdf",
				"/api/v1/decision-documents/{decision}", "/api/v1/decision-documents/{decision}/html",
				"/api/v1/decision-documents/{decision}/pdf");
		return Stream.concat(documentReads.stream()
			.flatMap(path -> Stream.of(
					rows(403, NO_DOCUMENT_ROLE, "GET", path),
					rows(404, OTHER_ATTESTANTS, "GET", path),
					rows(200, OFFICERS, "GET", path))
				.flatMap(s -> s)), signingCertificate());
	}

	/** The certificate that checks a signed document is for every signed-in user, whoever was sent the PDF. */
	private static Stream<Row> signingCertificate() {
		String certificate = "/decisions/signing-certificate.cer";
		var everyone = Stream.of(NO_DOCUMENT_ROLE, OTHER_ATTESTANTS, OFFICERS).flatMap(List::stream).toList();
		return Stream.of(rows(200, everyone, "GET", certificate), rows(302, NOBODY, "GET", certificate))
			.flatMap(s -> s);
	}

	/**
	 * Sending for attestation and recording the decision are the officers' acts, attesting the named attestants'. The
	 * forms are readable, so the refusal is the rule's and not the input's. An officer gets past each gate to the
	 * round's own rules: the round is decided already, so nothing more is done to it (422).
	 */
	static Stream<Row> documentsAreActedOnByTheirOwn() {
		var notOfficers = Stream.concat(NO_DOCUMENT_ROLE.stream(), OTHER_ATTESTANTS.stream()).toList();
		var notAttestants = Stream.concat(NO_DOCUMENT_ROLE.stream(), OFFICERS.stream()).toList();
		return Stream.of(
				rows(403, notOfficers, "POST", "/decisions/documents/{decision}/send"),
				rows(403, notOfficers, "POST", "/api/v1/decision-documents/{decision}/send", "json:send"),
				rows(403, notOfficers, "POST", "/decisions/documents/{decision}/decision", DECISION_FORM),
				rows(403, notOfficers, "POST", "/api/v1/decision-documents/{decision}/decision", "json:decision"),
				rows(403, notAttestants, "POST", "/decisions/documents/{decision}/attest"),
				rows(403, notAttestants, "POST", "/api/v1/decision-documents/{decision}/attest"),
				rows(404, OTHER_ATTESTANTS, "POST", "/decisions/documents/{decision}/attest"),
				rows(404, OTHER_ATTESTANTS, "POST", "/api/v1/decision-documents/{decision}/attest"),
				rows(422, OFFICERS, "POST", "/decisions/documents/{decision}/send"),
				rows(422, OFFICERS, "POST", "/api/v1/decision-documents/{decision}/send", "json:send"),
				rows(422, OFFICERS, "POST", "/decisions/documents/{decision}/decision", DECISION_FORM),
				rows(422, OFFICERS, "POST", "/api/v1/decision-documents/{decision}/decision", "json:decision"))
			.flatMap(s -> s);
	}

	/**
	 * The outcome panel of an application page is for applicants and officers; another organisation's outcome reads
	 * as absent, an empty panel, which {@link GrantAndMailEndpointsRefuseIT} checks by its content.
	 */
	static Stream<Row> outcomePanels() {
		String panel = "/decisions/outcomes/{application}/panel";
		return Stream.of(
				rows(403, NO_GRANT_ROLE, "GET", panel),
				rows(200, List.of("lead", "other", "officer"), "GET", panel),
				rows(302, NOBODY, "GET", panel),
				rows(302, NOBODY, "GET", "/decisions/documents/{decision}"),
				rows(401, NOBODY, "GET", "/api/v1/decision-documents/{decision}"))
			.flatMap(s -> s);
	}
}
