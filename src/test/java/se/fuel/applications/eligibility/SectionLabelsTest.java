package se.fuel.applications.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static se.fuel.TestTexts.english;
import static se.fuel.TestTexts.swedish;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.fuel.calls.ApplicationSection;

class SectionLabelsTest {

	@Test
	void gives_every_section_a_label_in_swedish_and_english() {
		for (ApplicationSection section : ApplicationSection.values()) {
			assertThat(swedish(SectionLabels.of(section))).as(section.name()).isNotBlank();
			assertThat(english(SectionLabels.of(section))).as(section.name()).isNotBlank();
		}
		assertThat(SectionLabels.all()).hasSize(ApplicationSection.values().length);
	}

	@Test
	void uses_the_labels_of_the_application_form() {
		assertThat(swedish(SectionLabels.of(ApplicationSection.genderAnalysis))).isEqualTo("Jämställdhetsanalys");
		assertThat(swedish(SectionLabels.of(ApplicationSection.goals))).isEqualTo("Mål och syfte");
		assertThat(swedish(SectionLabels.of(ApplicationSection.purpose))).isEqualTo("Syfte med studiebesöket");
	}

	@Test
	void field_labels_cover_sections_and_the_other_fields_the_rules_name() {
		assertThat(swedish(FieldLabels.label("genderAnalysis"))).isEqualTo("Jämställdhetsanalys");
		assertThat(swedish(FieldLabels.label("requestedAmount"))).isEqualTo("Sökt belopp");
		assertThat(swedish(FieldLabels.label("startDate"))).isEqualTo("Startdatum");
		for (String field : List.of(FieldLabels.CALL, FieldLabels.ORGANISATION, FieldLabels.REQUESTED_AMOUNT,
				FieldLabels.BUDGET_LINES, FieldLabels.START_DATE, FieldLabels.END_DATE,
				FieldLabels.DECLARED_NOT_COURSE_OR_CONFERENCE)) {
			assertThat(english(FieldLabels.label(field))).as(field).isNotBlank();
		}
	}
}
