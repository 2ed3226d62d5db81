package se.fuel.decisions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.common.Violation;
import se.fuel.decisions.rules.DecidedOnOrAfterDocumentAndAttestations.Attested;
import se.fuel.decisions.rules.DecidedOnOrAfterDocumentAndAttestations.Dates;

class DecidedOnOrAfterDocumentAndAttestationsTest {

	static final LocalDate DOCUMENT = LocalDate.of(2023, 12, 12);

	static final List<Attested> ATTESTED = List.of(new Attested("Anna Avdelningschef", LocalDate.of(2023, 11, 30)),
			new Attested("Sara Socialdirektör", LocalDate.of(2023, 12, 14)));

	final DecidedOnOrAfterDocumentAndAttestations rule = new DecidedOnOrAfterDocumentAndAttestations();

	@Test
	void a_decision_after_the_document_and_the_last_attestation_holds() {
		assertThat(rule.check(new Dates(LocalDate.of(2023, 12, 19), DOCUMENT, ATTESTED))).isEmpty();
	}

	@Test
	void a_decision_on_the_day_of_the_last_attestation_holds() {
		assertThat(rule.check(new Dates(LocalDate.of(2023, 12, 14), DOCUMENT, ATTESTED))).isEmpty();
	}

	@Test
	void a_decision_dated_before_the_document_is_refused_naming_the_document_date() {
		assertThat(rule.check(new Dates(LocalDate.of(2023, 12, 11), DOCUMENT, List.of())))
			.singleElement()
			.satisfies(v -> {
				assertThat(v.field()).isEqualTo("decidedOn");
				assertThat(v.rule()).isEqualTo(DecidedOnOrAfterDocumentAndAttestations.RULE_DOCUMENT);
				assertThat(TestTexts.swedish(v)).isEqualTo("Beslutsdatum: nämnden kan inte ha beslutat före "
						+ "tjänsteutlåtandets datum 2023-12-12. Ange ett datum den dagen eller senare.");
			});
	}

	@Test
	void a_decision_dated_before_the_last_attestation_is_refused_naming_it() {
		assertThat(rule.check(new Dates(LocalDate.of(2023, 12, 13), DOCUMENT, ATTESTED)))
			.singleElement()
			.satisfies(v -> {
				assertThat(v.rule()).isEqualTo(DecidedOnOrAfterDocumentAndAttestations.RULE_ATTESTATION);
				assertThat(TestTexts.swedish(v)).isEqualTo("Beslutsdatum: nämnden kan inte ha beslutat före den "
						+ "sista attesten, Sara Socialdirektör 2023-12-14. Ange ett datum den dagen eller senare.");
			});
	}

	@Test
	void a_decision_before_both_is_refused_for_both() {
		assertThat(rule.check(new Dates(LocalDate.of(2023, 11, 1), DOCUMENT, ATTESTED)))
			.extracting(Violation::rule)
			.containsExactly(DecidedOnOrAfterDocumentAndAttestations.RULE_DOCUMENT,
					DecidedOnOrAfterDocumentAndAttestations.RULE_ATTESTATION);
	}

	@Test
	void a_missing_date_is_left_to_the_rule_that_requires_it() {
		assertThat(rule.check(new Dates(null, DOCUMENT, ATTESTED))).isEmpty();
	}
}
