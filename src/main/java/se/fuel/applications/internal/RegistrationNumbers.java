package se.fuel.applications.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out registration numbers (diarienummer) {@code <prefix> <year>/<nnnn>}, e.g. {@code FoU 2027/0012}: one
 * counter per prefix and year. The upsert locks the counter's row until the submission commits, so two submissions
 * never share a number, and a failed submission rolls its number back (no gaps from refused submissions).
 */
@Component
class RegistrationNumbers {

	private final JdbcClient jdbc;

	RegistrationNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(String prefix, int year) {
		int n = jdbc.sql("""
				insert into registration_counter (prefix, year, last) values (?, ?, 1)
				on conflict (prefix, year) do update set last = registration_counter.last + 1
				returning last""")
			.params(prefix, year)
			.query(Integer.class)
			.single();
		return "%s %d/%04d".formatted(prefix, year, n);
	}
}
