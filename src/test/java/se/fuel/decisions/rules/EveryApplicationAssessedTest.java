package se.fuel.decisions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.assessment.Recommendation;

class EveryApplicationAssessedTest {

	@Test
	void an_unassessed_application_stands_in_the_way_of_finalising() {
		assertThat(new EveryApplicationAssessed()
			.check(List.of(Lines.line(null, 0, 100), Lines.line(Recommendation.GRANT, 100, 100))))
			.singleElement()
			.satisfies(v -> assertThat(TestTexts.swedish(v)).isEqualTo("Ansökan FoU 2027/0007 (Lots) är inte bedömd."));
	}
}
