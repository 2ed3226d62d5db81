package se.fuel.applications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import se.fuel.common.ViolationException;

class ApplicationFormDataTests {

	@Test
	void reads_amounts_written_the_swedish_way_and_skips_empty_budget_rows() {
		var form = new ApplicationFormData();
		form.setRequestedAmount("250 000 kr");
		form.setStartDate("2027-01-01");
		form.padBudget(0);
		form.getBudgetLines().get(1).setDescription("Lön");
		form.getBudgetLines().get(1).setAmount("250\u00A0000");
		var content = form.toContent();
		assertThat(content.requestedAmount()).isEqualTo(250_000L);
		assertThat(content.startDate()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(content.budgetLines()).hasSize(1);
		assertThat(content.budgetLines().get(0).amount()).isEqualTo(250_000L);
	}

	@Test
	void refuses_an_amount_that_is_not_whole_kronor_and_a_date_that_is_not_a_date_naming_both_fields() {
		var form = new ApplicationFormData();
		form.setRequestedAmount("12,50");
		form.setEndDate("31/12");
		assertThatThrownBy(form::toContent).isInstanceOfSatisfying(ViolationException.class,
				e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("requestedAmount", "endDate"));
	}

	@Test
	void offers_at_least_three_budget_rows_and_one_more_on_request() {
		var form = new ApplicationFormData();
		form.padBudget(0);
		assertThat(form.getBudgetLines()).hasSize(3);
		form.padBudget(1);
		assertThat(form.getBudgetLines()).hasSize(4);
	}
}
