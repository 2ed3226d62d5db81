package se.fuel.grants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class NaturalOrderTests {

	static List<String> sorted(String... references) {
		List<String> list = new ArrayList<>(Arrays.asList(references));
		list.sort(NaturalOrder.NULLS_LAST);
		return list;
	}

	@Test
	void puts_section_2_1_2_before_2_1_10_and_2_2_1_after_both() {
		assertThat(sorted("2.2.1", "2.1.10", "2.1.2", "2.3.14", "2.1.1"))
			.containsExactly("2.1.1", "2.1.2", "2.1.10", "2.2.1", "2.3.14");
	}

	@Test
	void orders_registration_numbers_by_their_numbers_and_programmes_by_name() {
		assertThat(sorted("LUM 2017/10", "FoU 2017/02", "LUM 2017/9", "FoU 2017/01"))
			.containsExactly("FoU 2017/01", "FoU 2017/02", "LUM 2017/9", "LUM 2017/10");
	}

	@Test
	void puts_grants_without_reference_last_and_a_prefix_before_its_longer_reference() {
		assertThat(sorted(null, "2.1", "2.1.1")).containsExactly("2.1", "2.1.1", null);
	}
}
