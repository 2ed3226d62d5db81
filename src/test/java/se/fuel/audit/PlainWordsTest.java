package se.fuel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import se.fuel.system.MessageBundles;

/** An application's changed fields as an applicant reads them: the form's labels, kronor, named statuses. */
class PlainWordsTest {

	final PlainWords swedish = new PlainWords(MessageBundles.source(), Locale.forLanguageTag("sv"));

	final PlainWords english = new PlainWords(MessageBundles.source(), Locale.ENGLISH);

	@Test
	void aFieldIsLabelledAsTheApplicationFormLabelsIt() {
		assertThat(swedish.label("Application", "requestedAmount", null)).isEqualTo("Sökt belopp");
		assertThat(english.label("Application", "requestedAmount", null)).isEqualTo("Requested amount");
		assertThat(swedish.label("Application", "status", null)).isEqualTo("Status");
	}

	@Test
	void aTextOfTheApplicationIsLabelledAsTheCallNamesItsSection() {
		assertThat(swedish.label("Application", "texts", "problem")).isEqualTo("Problemformulering");
	}

	@Test
	void aFieldWithoutALabelIsNotSaid() {
		assertThat(swedish.label("Application", "version", null)).isNull();
		assertThat(swedish.label("Application", "texts", "secret")).isNull();
		assertThat(swedish.label("NoSuchType", "title", null)).isNull();
	}

	@Test
	void anAmountIsSaidInKronor() {
		assertThat(swedish.value("Application", "requestedAmount", "number", "250000"))
			.isEqualTo("250\u00a0000\u00a0kronor");
		assertThat(swedish.value("Application", "participants", "number", "12")).isEqualTo("12");
	}

	@Test
	void aCodedValueIsSaidByItsName() {
		assertThat(swedish.value("Application", "status", "string", "SUBMITTED")).isEqualTo("Inskickad");
		assertThat(english.value("Application", "status", "string", "RETURNED")).isNotEqualTo("RETURNED");
		assertThat(swedish.value("Application", "title", "string", "Mötesplats Farsta")).isEqualTo("Mötesplats Farsta");
	}

	@Test
	void longTextsListsAndEmptyValuesAreNotRepeated() {
		assertThat(swedish.value("Application", "title", "string", "x".repeat(PlainWords.LONGEST_VALUE + 1))).isNull();
		assertThat(swedish.value("Application", "partners", "array", "[\"a\"]")).isNull();
		assertThat(swedish.value("Application", "title", "null", null)).isNull();
		assertThat(swedish.value("Application", "title", null, null)).isNull();
		assertThat(swedish.value("Application", "title", "string", " ")).isNull();
	}

	@Test
	void yesAndNoAreWords() {
		assertThat(swedish.value("Application", "notCourseOrConference", "boolean", "true")).isEqualTo("ja");
		assertThat(english.value("Application", "notCourseOrConference", "boolean", "false")).isEqualTo("no");
	}
}
