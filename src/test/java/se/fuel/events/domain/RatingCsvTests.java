package se.fuel.events.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.fuel.TestTexts.swedish;

import java.util.Map;

import org.junit.jupiter.api.Test;

class RatingCsvTests {

	@Test
	void reads_one_rating_per_row_with_a_header() {
		var result = RatingCsv.read("betyg\n10\n8\n8\n\n3\n");
		assertThat(result.accepted()).isTrue();
		assertThat(result.responsesPerRating()).isEqualTo(Map.of(10, 1, 8, 2, 3, 1));
	}

	@Test
	void reads_a_distribution_of_rating_and_count_separated_by_semicolons_or_commas() {
		assertThat(RatingCsv.read("betyg;antal\r\n10;14\r\n9;12\r\n").responsesPerRating())
			.isEqualTo(Map.of(10, 14, 9, 12));
		assertThat(RatingCsv.read("8,10\n7,0\n").responsesPerRating()).isEqualTo(Map.of(8, 10));
	}

	@Test
	void reads_a_file_without_header_and_with_a_byte_order_mark() {
		assertThat(RatingCsv.read("\uFEFF7\n9\n").responsesPerRating()).isEqualTo(Map.of(7, 1, 9, 1));
	}

	@Test
	void rejects_every_bad_line_with_its_number_and_reason_and_keeps_nothing() {
		var result = RatingCsv.read("betyg\n10\nbra\n11\n0\n8;2\n9\n");
		assertThat(result.accepted()).isFalse();
		assertThat(result.responsesPerRating()).isEmpty();
		assertThat(result.rejected()).extracting(RatingCsv.Rejected::line).containsExactly(3, 4, 5, 6);
		assertThat(swedish(result.rejected().get(0).reason())).contains("”bra”").contains("inte ett heltal");
		assertThat(swedish(result.rejected().get(1).reason())).contains("utanför skalan 1–10");
		assertThat(swedish(result.rejected().get(3).reason())).contains("fel kolumner");
	}

	@Test
	void rejects_a_distribution_with_a_bad_count_a_negative_count_or_a_repeated_rating() {
		var result = RatingCsv.read("betyg;antal\n10;många\n9;-1\n8;3\n8;4\n");
		assertThat(result.rejected()).extracting(RatingCsv.Rejected::line).containsExactly(2, 3, 5);
		assertThat(swedish(result.rejected().get(0).reason())).contains("antalet ”många” är inte ett heltal");
	}

	@Test
	void rejects_a_row_with_too_many_columns_in_a_distribution() {
		var result = RatingCsv.read("10;2\n9;1;1\n");
		assertThat(result.rejected()).singleElement().satisfies(r -> {
			assertThat(r.line()).isEqualTo(2);
			assertThat(swedish(r.reason())).startsWith("fel kolumner");
		});
	}

	@Test
	void rejects_an_empty_file() {
		assertThat(RatingCsv.read("betyg\n\n").rejected()).singleElement()
			.satisfies(r -> assertThat(swedish(r.reason())).contains("inga betyg"));
		assertThat(RatingCsv.read("").accepted()).isFalse();
	}
}
