package se.fuel.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.common.Violation;
import se.fuel.organisations.OrganisationInput;
import se.fuel.organisations.OrganisationKind;
import se.fuel.organisations.Succession;

class OrganisationRulesTests {

	final OrganisationRules rules = new OrganisationRules();

	final Organisation jarva = new Organisation("jarva", "Järva", OrganisationKind.DISTRICT);

	final Organisation socialforvaltningen = new Organisation("socialforvaltningen", "Socialförvaltningen",
			OrganisationKind.ADMINISTRATION);

	final List<Organisation> register = List.of(jarva, socialforvaltningen);

	final UUID self = UUID.randomUUID();

	OrganisationInput district(String code, String name) {
		return new OrganisationInput(code, name, OrganisationKind.DISTRICT, null, LocalDate.of(1997, 1, 1), null, null,
				null, null);
	}

	List<String> rulesBroken(OrganisationInput input) {
		return rules.check(self, input, register).stream().map(v -> v.field() + ":" + v.rule()).toList();
	}

	@Test
	void accepts_a_well_formed_district() {
		assertThat(rulesBroken(district("tensta", "Tensta"))).isEmpty();
	}

	@Test
	void requires_a_name_and_says_so_in_swedish() {
		var violations = rules.check(self, district("tensta", " "), register);
		assertThat(violations).extracting(TestTexts::swedish).containsExactly("Namn måste anges.");
	}

	@Test
	void refuses_a_code_that_is_not_slug_like() {
		assertThat(rulesBroken(district("Spånga Tensta", "Spånga-Tensta"))).containsExactly("code:slug");
		assertThat(rulesBroken(district("spanga--tensta", "Spånga-Tensta"))).containsExactly("code:slug");
	}

	@Test
	void refuses_a_code_another_organisation_already_has() {
		var violations = rules.check(self, district("jarva", "Järva 2"), register);
		assertThat(violations).extracting(Violation::rule).containsExactly("unique");
		assertThat(TestTexts.swedish(violations.get(0))).contains("Järva");
	}

	@Test
	void lets_an_organisation_keep_its_own_code() {
		assertThat(rules.check(jarva.getId(), district("jarva", "Järva"), register)).isEmpty();
	}

	@Test
	void refuses_an_end_before_the_start() {
		var input = new OrganisationInput("tensta", "Tensta", OrganisationKind.DISTRICT, null, LocalDate.of(2000, 1, 1),
				LocalDate.of(1999, 12, 31), null, null, null);
		var violations = rules.check(self, input, register);
		assertThat(violations).extracting(Violation::rule).containsExactly("valid-to-not-before-valid-from");
		assertThat(TestTexts.swedish(violations.get(0))).startsWith("Giltig till");
	}

	@Test
	void refuses_a_successor_that_is_the_organisation_itself() {
		var input = new OrganisationInput("jarva", "Järva", OrganisationKind.DISTRICT, null, null,
				LocalDate.of(2030, 12, 31), jarva.getId(), Succession.RENAMED_TO, null);
		assertThat(rules.check(jarva.getId(), input, register)).extracting(Violation::rule)
			.containsExactly("successor-not-itself");
	}

	@Test
	void requires_an_end_date_and_a_kind_of_succession_for_a_successor() {
		var input = new OrganisationInput("tensta", "Tensta", OrganisationKind.DISTRICT, null, null, null,
				jarva.getId(), null, null);
		assertThat(rulesBroken(input)).containsExactlyInAnyOrder("validTo:successor-requires-valid-to",
				"succession:required-with-successor");
	}

	@Test
	void requires_a_parent_for_a_unit() {
		var input = new OrganisationInput("sof-ny", "Ny enhet", OrganisationKind.UNIT, null, null, null, null, null,
				null);
		assertThat(rulesBroken(input)).containsExactly("parentId:required-for-unit");
	}

	@Test
	void refuses_an_administration_placed_under_its_own_unit() {
		var unit = new Organisation("sof-hemlosa", "Enheten för hemlösa", OrganisationKind.UNIT);
		unit.setParentId(socialforvaltningen.getId());
		var input = new OrganisationInput("socialforvaltningen", "Socialförvaltningen", OrganisationKind.ADMINISTRATION,
				unit.getId(), null, null, null, null, null);
		var violations = rules.check(socialforvaltningen.getId(), input, List.of(jarva, socialforvaltningen, unit));
		assertThat(violations).extracting(Violation::rule).containsExactly("hierarchy-no-cycle");
	}

	@Test
	void refuses_a_successor_that_is_not_in_the_register() {
		var input = new OrganisationInput("tensta", "Tensta", OrganisationKind.DISTRICT, null, null,
				LocalDate.of(2006, 12, 31), UUID.randomUUID(), Succession.MERGED_INTO, null);
		assertThat(rulesBroken(input)).containsExactly("successorId:exists");
	}

	@Test
	void requires_a_type_of_organisation() {
		var input = new OrganisationInput("tensta", "Tensta", null, null, null, null, null, null, null);
		assertThat(rules.check(self, input, register)).extracting(TestTexts::swedish)
			.containsExactly("Typ av organisation måste väljas.");
	}

	@Test
	void refuses_a_parent_that_is_not_in_the_register() {
		var input = new OrganisationInput("sof-ny", "Ny enhet", OrganisationKind.UNIT, UUID.randomUUID(), null, null,
				null, null, null);
		assertThat(rulesBroken(input)).containsExactly("parentId:exists");
	}

	@Test
	void refuses_a_kind_of_succession_without_a_successor() {
		var input = new OrganisationInput("tensta", "Tensta", OrganisationKind.DISTRICT, null, null, null, null,
				Succession.MERGED_INTO, null);
		assertThat(rulesBroken(input)).containsExactly("successorId:required-with-succession");
	}

	@Test
	void refuses_a_name_and_a_note_too_long_for_the_register_saying_the_limit() {
		var input = new OrganisationInput("tensta", "T".repeat(201), OrganisationKind.DISTRICT, null, null, null, null,
				null, "n".repeat(1001));
		assertThat(rules.check(self, input, register)).extracting(TestTexts::swedish)
			.containsExactly("Namn får vara högst 200 tecken.", "Anteckning får vara högst 1000 tecken.");
	}

	@Test
	void says_the_end_before_the_start_with_both_dates() {
		var input = new OrganisationInput("tensta", "Tensta", OrganisationKind.DISTRICT, null, LocalDate.of(2000, 1, 1),
				LocalDate.of(1999, 12, 31), null, null, null);
		assertThat(rules.check(self, input, register)).extracting(TestTexts::swedish)
			.containsExactly("Giltig till (1999-12-31) får inte vara före Giltig från (2000-01-01).");
	}
}
