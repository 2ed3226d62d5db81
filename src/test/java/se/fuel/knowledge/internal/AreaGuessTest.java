package se.fuel.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaGuessTest {

	@Test
	void maps_the_reporting_areas_of_seeds_001_to_the_taxonomy() {
		assertThat(AreaGuess.of("Socialmedicin", "")).startsWith("socialmedicin");
		assertThat(AreaGuess.of("SFI-studerande", "")).startsWith("sfi-etablering");
		assertThat(AreaGuess.of("Sysselsättning och arbetsmarknad", "")).startsWith("arbetsmarknad");
	}

	@Test
	void guesses_areas_from_the_words_of_a_grant_without_a_reported_area() {
		assertThat(AreaGuess.of(null, "Brukarskola på boende- och behandlingsenheten", "Personer med missbruk"))
			.contains("hemloshet", "missbruk");
		assertThat(AreaGuess.of(null, "Stödgrupper för föräldrar efter separation")).contains("foraldraskap");
		assertThat(AreaGuess.of(null, "Mätinstrument livskvalitet (gruppbostad)", "insatser enligt LSS"))
			.contains("funktionsnedsattning");
	}

	@Test
	void keeps_the_reported_area_first_and_adds_at_most_two_guesses() {
		assertThat(AreaGuess.of("SFI-studerande", "SFI-elever med försörjningsstöd, barn och familj, missbruk"))
			.hasSizeLessThanOrEqualTo(3)
			.first().isEqualTo("sfi-etablering");
	}

	@Test
	void says_ovrigt_when_nothing_fits() {
		assertThat(AreaGuess.of(null, "Processtöd i samverkan")).containsExactly("ovrigt");
	}
}
