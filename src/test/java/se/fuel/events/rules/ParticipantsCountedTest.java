package se.fuel.events.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.common.Violation;
import se.fuel.events.EventInput;
import se.fuel.events.EventKind;
import se.fuel.events.OrganisationParticipants;

class ParticipantsCountedTest {

	static final UUID FARSTA = UUID.randomUUID();

	static final UUID SPANGA = UUID.randomUUID();

	private final ParticipantsCounted rule = new ParticipantsCounted();

	private List<Violation> check(List<OrganisationParticipants> participants, Integer other, Integer unspecified) {
		return rule.check(new EventInput(LocalDate.of(2003, 9, 15), "T", EventKind.SEMINAR, null, null, null,
				participants, other, unspecified));
	}

	@Test
	void accepts_whole_counts_of_distinct_organisations_and_of_the_rest() {
		assertThat(check(List.of(OrganisationParticipants.of(FARSTA, 12), OrganisationParticipants.of(SPANGA, 3)), 4,
				0)).isEmpty();
	}

	@Test
	void an_organisation_is_named_once() {
		assertThat(check(List.of(OrganisationParticipants.of(FARSTA, 12), OrganisationParticipants.of(FARSTA, 3)), null,
				null)).singleElement().satisfies(v -> {
					assertThat(v.field()).isEqualTo("participants-" + FARSTA);
					assertThat(TestTexts.swedish(v)).isEqualTo("Deltagare från samma organisation får bara anges en gång.");
				});
	}

	@Test
	void counts_cannot_be_negative() {
		assertThat(check(List.of(OrganisationParticipants.of(FARSTA, -1)), -1, -2)).extracting(TestTexts::swedish)
			.containsExactly("Deltagare från övriga/externa kan inte vara negativt.",
					"Deltagare utan uppgift om organisation kan inte vara negativt.",
					"Antal deltagare per organisation kan inte vara negativt.");
	}

	@Test
	void a_count_without_organisation_is_refused() {
		assertThat(check(List.of(OrganisationParticipants.of(null, 5)), null, null)).extracting(Violation::field)
			.containsExactly("participants");
	}

	@Test
	void an_implausible_count_is_refused() {
		assertThat(check(List.of(), 2_000_000, null)).extracting(Violation::rule)
			.containsExactly("people-count-in-range");
	}
}
