package se.fuel.applications.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.fuel.calls.ApplicationSection;

class SectionLabelsTest {

	@Test
	void gives_every_section_a_swedish_label() {
		for (ApplicationSection section : ApplicationSection.values()) {
			assertThat(SectionLabels.of(section)).as(section.name()).isNotBlank();
		}
		assertThat(SectionLabels.all()).containsKeys(ApplicationSection.values());
	}

	@Test
	void uses_the_labels_of_the_application_form() {
		assertThat(SectionLabels.of(ApplicationSection.genderAnalysis)).isEqualTo("Jämställdhetsanalys");
		assertThat(SectionLabels.of(ApplicationSection.goals)).isEqualTo("Mål och syfte");
		assertThat(SectionLabels.of(ApplicationSection.purpose)).isEqualTo("Syfte med studiebesöket");
	}

	@Test
	void field_labels_cover_sections_and_the_other_fields_the_policies_name() {
		assertThat(FieldLabels.of("genderAnalysis")).isEqualTo("Jämställdhetsanalys");
		assertThat(FieldLabels.of("requestedAmount")).isEqualTo("Sökt belopp");
		assertThat(FieldLabels.of("startDate")).isEqualTo("Startdatum");
		assertThat(FieldLabels.of("unknownField")).isEqualTo("unknownField");
	}
}
