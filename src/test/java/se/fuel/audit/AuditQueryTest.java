package se.fuel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import se.fuel.TestTexts;
import se.fuel.common.Violation;
import se.fuel.common.ViolationException;

/** The log's filter as a page or a client writes it: days in Stockholm, refusals that name the field. */
class AuditQueryTest {

	@Test
	void emptyPartsAreNoFilterAndTextIsTrimmed() {
		var query = AuditQuery.of(" handlaggare ", "", null, "  ", null, "", null);
		assertThat(query).isEqualTo(new AuditQuery("handlaggare", null, null, null, null, null, null));
	}

	@Test
	void aPeriodIsWholeDaysInStockholmTime() {
		var query = AuditQuery.of(null, null, null, null, "2027-03-01", "2027-03-01", null);
		// Stockholm is an hour ahead of UTC in winter: the day starts at 23:00 UTC the day before.
		assertThat(query.fromInstant()).isEqualTo(Instant.parse("2027-02-28T23:00:00Z"));
		assertThat(query.toExclusive()).isEqualTo(Instant.parse("2027-03-01T23:00:00Z"));
		var summer = AuditQuery.of(null, null, null, null, "2027-07-01", null, null);
		assertThat(summer.fromInstant()).isEqualTo(Instant.parse("2027-06-30T22:00:00Z"));
		assertThat(summer.toExclusive()).isNull();
	}

	@Test
	void aDateThatIsNotADateIsRefusedNamingItsField() {
		var refused = catchThrowableOfType(ViolationException.class,
				() -> AuditQuery.of(null, null, null, null, "1 mars", "2027-02-30", null));
		assertThat(refused.violations()).extracting(Violation::field).containsExactly("from", "to");
		assertThat(TestTexts.swedish(refused.violations().get(0))).contains("Från och med dag", "2027-03-01", "1 mars");
		assertThat(TestTexts.english(refused.violations().get(1))).contains("To day", "2027-02-30");
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefused() {
		var refused = catchThrowableOfType(ViolationException.class,
				() -> AuditQuery.of(null, null, null, null, "2027-03-02", "2027-03-01", null));
		assertThat(refused.violations()).extracting(Violation::field, Violation::rule).containsExactly(
				org.assertj.core.groups.Tuple.tuple("to", "period"));
		assertThat(TestTexts.swedish(refused.violations().get(0))).contains("2027-03-01", "2027-03-02");
	}

	@Test
	void aPageStartThatIsNotAnEntryNumberIsRefused() {
		var refused = catchThrowableOfType(ViolationException.class,
				() -> AuditQuery.of(null, null, null, null, null, null, "12; drop table"));
		assertThat(refused.violations()).extracting(Violation::field).containsExactly("before");
		assertThat(AuditQuery.of(null, null, null, null, null, null, "123").before()).isEqualTo(123L);
	}

	@Test
	void theParametersOfTheNextPageKeepTheFilterAndEncodeIt() {
		var query = AuditQuery.of("anna & co", "reminder-sent", "Grant", null, "2027-03-01", null, null);
		assertThat(query.startingBefore(77).parameters())
			.isEqualTo("actor=anna+%26+co&action=reminder-sent&objectType=Grant&from=2027-03-01&before=77");
		assertThat(query.startingBefore(77).fromTheStart()).isEqualTo(query);
		assertThat(query.from()).isEqualTo(LocalDate.of(2027, 3, 1));
	}
}
