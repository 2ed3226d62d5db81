package se.fuel.grants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class GrantOrderTests {

	@Test
	void references_are_listed_in_number_order() {
		var refs = new ArrayList<>(List.of("2.3.10", "2.3.2", "2.1.1", "2.3.14", "2.2.9"));
		refs.sort(GrantService::inNumberOrder);
		assertThat(refs).containsExactly("2.1.1", "2.2.9", "2.3.2", "2.3.10", "2.3.14");
	}

	@Test
	void zero_padded_registration_numbers_keep_their_order() {
		var refs = new ArrayList<>(List.of("FoU 2024/0010", "FoU 2024/0002", "FoU 2023/0100", "LUM 2017/01"));
		refs.sort(GrantService::inNumberOrder);
		assertThat(refs).containsExactly("FoU 2023/0100", "FoU 2024/0002", "FoU 2024/0010", "LUM 2017/01");
	}
}
