package se.fuel.decisions.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * The committee decides on a document that exists and has been attested: its decision date is on or after the
 * decision document's date and on or after the day of the last attestation. A decision dated before either is a
 * mistyped date, not a decision.
 */
public final class DecidedOnOrAfterDocumentAndAttestations
		implements Rule<DecidedOnOrAfterDocumentAndAttestations.Dates> {

	public static final String RULE_DOCUMENT = "decided-on-or-after-document-date";

	public static final String RULE_ATTESTATION = "decided-on-or-after-attestations";

	/** An attestation as the rule needs it: who attested, and on which day (Swedish time). */
	public record Attested(String name, LocalDate on) {
	}

	/**
	 * @param decidedOn the decision date typed, {@code null} when missing (another rule says so)
	 * @param documentDate the decision document's date, {@code null} when the document has none
	 * @param attestations the valid attestations of the version decided, in the order attested
	 */
	public record Dates(LocalDate decidedOn, LocalDate documentDate, List<Attested> attestations) {
	}

	@Override
	public List<Violation> check(Dates dates) {
		var found = new ArrayList<Violation>();
		LocalDate decidedOn = dates.decidedOn();
		if (decidedOn == null) {
			return found;
		}
		if (dates.documentDate() != null && decidedOn.isBefore(dates.documentDate())) {
			found.add(Violation.of("decidedOn", RULE_DOCUMENT, "decisions.rule.decidedOnAfterDocument",
					dates.documentDate().toString()));
		}
		(dates.attestations() == null ? List.<Attested>of() : dates.attestations()).stream()
			.filter(a -> a.on() != null)
			.reduce((last, next) -> next.on().isBefore(last.on()) ? last : next)
			.filter(last -> decidedOn.isBefore(last.on()))
			.ifPresent(last -> found.add(Violation.of("decidedOn", RULE_ATTESTATION,
					"decisions.rule.decidedOnAfterAttestation", last.on().toString(), last.name())));
		return found;
	}
}
