package se.fuel.knowledge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.fuel.knowledge.rules.PersonalIdentityNumbers.Hit;
import se.fuel.knowledge.rules.PersonalIdentityNumbers.Kind;

class PersonalIdentityNumbersTests {

    private static Hit onlyHit(String text) {
        List<Hit> hits = PersonalIdentityNumbers.find(text);
        assertThat(hits).hasSize(1);
        return hits.get(0);
    }

    @Test
    void finds_a_personnummer_with_a_dash() {
        Hit hit = onlyHit("121212-1212");
        assertThat(hit.kind()).isEqualTo(Kind.PERSONAL_IDENTITY_NUMBER);
        assertThat(hit.masked()).isEqualTo("12xxxx-xxxx");
    }

    @Test
    void finds_a_personnummer_with_a_plus_for_a_centenarian() {
        assertThat(onlyHit("811218+9876").masked()).isEqualTo("81xxxx+xxxx");
    }

    @Test
    void finds_a_personnummer_without_a_separator() {
        assertThat(onlyHit("8112189876").kind()).isEqualTo(Kind.PERSONAL_IDENTITY_NUMBER);
    }

    @Test
    void finds_a_twelve_digit_personnummer_with_the_century() {
        assertThat(onlyHit("19121212-1212").masked()).isEqualTo("19xxxxxx-xxxx");
        assertThat(onlyHit("198112189876").masked()).isEqualTo("19xxxxxxxxxx");
    }

    @Test
    void never_shows_the_whole_number_in_the_masked_form() {
        assertThat(onlyHit("198112189876").masked()).doesNotContain("1218", "9876");
    }

    @Test
    void refuses_a_number_with_an_invalid_check_digit() {
        assertThat(PersonalIdentityNumbers.find("121212-1213")).isEmpty();
        assertThat(PersonalIdentityNumbers.find("19811218-9875")).isEmpty();
    }

    @Test
    void refuses_an_impossible_date_even_with_a_valid_check_digit() {
        assertThat(PersonalIdentityNumbers.find("990231-0003")).isEmpty();
    }

    @Test
    void accepts_the_leap_day_only_in_a_leap_year() {
        assertThat(PersonalIdentityNumbers.find("000229-0005")).hasSize(1);
        assertThat(PersonalIdentityNumbers.find("010229-0004")).isEmpty();
    }

    @Test
    void finds_a_coordination_number_whose_day_is_raised_by_sixty() {
        Hit hit = onlyHit("701063-2391");
        assertThat(hit.kind()).isEqualTo(Kind.COORDINATION_NUMBER);
        assertThat(se.fuel.TestTexts.swedish(se.fuel.common.Text.of("knowledge.publish.pinKind." + hit.kind())))
            .isEqualTo("samordningsnummer");
    }

    @Test
    void refuses_a_coordination_number_with_an_invalid_check_digit_or_day() {
        assertThat(PersonalIdentityNumbers.find("701063-2392")).isEmpty();
        assertThat(PersonalIdentityNumbers.find("701093-2395")).isEmpty();
    }

    @Test
    void finds_numbers_inside_longer_text_with_their_positions() {
        String text = "Deltagaren (811218-9876) och hennes son, 20121212-1212, intervjuades.";
        List<Hit> hits = PersonalIdentityNumbers.find(text);
        assertThat(hits).hasSize(2);
        assertThat(text.substring(hits.get(0).start(), hits.get(0).end())).isEqualTo("811218-9876");
        assertThat(text.substring(hits.get(1).start(), hits.get(1).end())).isEqualTo("20121212-1212");
    }

    @Test
    void does_not_take_phone_numbers_for_personnummer() {
        assertThat(PersonalIdentityNumbers.find("Ring 08-508 250 00 eller 070-456 78 90, växel 0704567890."))
                .isEmpty();
    }

    @Test
    void does_not_take_amounts_or_registration_numbers_for_personnummer() {
        assertThat(PersonalIdentityNumbers.find("Beviljat 6 558 400 kr, dnr FoU 2024/0003, 1212121212,50 kr."))
                .isEmpty();
    }

    @Test
    void does_not_take_longer_digit_runs_for_personnummer() {
        assertThat(PersonalIdentityNumbers.find("Referens 9981121898761 och 18112189876")).isEmpty();
    }

    @Test
    void does_not_take_dates_alone_for_personnummer() {
        assertThat(PersonalIdentityNumbers.find("Mötet 2024-03-15 och 20240315 samt 811218.")).isEmpty();
    }

    @Test
    void does_not_take_organisation_numbers_whose_month_is_twenty_or_more_for_personnummer() {
        assertThat(PersonalIdentityNumbers.find("Stockholms stad 212000-0142")).isEmpty();
        assertThat(PersonalIdentityNumbers.find("Stockholms stad 16212000-0142")).isEmpty();
    }

    @Test
    void finds_nothing_in_empty_or_missing_text() {
        assertThat(PersonalIdentityNumbers.find(null)).isEmpty();
        assertThat(PersonalIdentityNumbers.containsAny("")).isFalse();
    }
}
