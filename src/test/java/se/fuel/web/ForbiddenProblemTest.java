package se.fuel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import se.fuel.common.AccessDeniedException;
import se.fuel.common.SwedishFormat;
import se.fuel.common.Text;
import se.fuel.system.MessageBundles;

/** A refusal's reason comes from the bundles and is answered in the request's language. */
class ForbiddenProblemTest {

	static ProblemDetail answer(AccessDeniedException refusal, Locale locale) {
		LocaleContextHolder.setLocale(locale);
		try {
			return new ApiErrorAdvice(new Texts(MessageBundles.source())).forbidden(refusal);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void answers_a_reason_from_the_bundles_in_english_for_an_english_reader() {
		ProblemDetail problem = answer(new AccessDeniedException(Text.of("common.access.historyOfficersOnly")),
				Locale.ENGLISH);
		assertThat(problem.getStatus()).isEqualTo(403);
		assertThat(problem.getTitle()).isEqualTo("Access denied");
		assertThat(problem.getDetail()).isEqualTo("The history is shown to officers.");
	}

	@Test
	void answers_in_swedish_as_before_by_default() {
		ProblemDetail problem = answer(new AccessDeniedException(Text.of("common.access.historyOfficersOnly")),
				SwedishFormat.SWEDISH);
		assertThat(problem.getTitle()).isEqualTo("Åtkomst nekad");
		assertThat(problem.getDetail()).isEqualTo("Händelserna visas för handläggare.");
	}
}
