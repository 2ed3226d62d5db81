package se.fuel.identity.internal;

import java.util.List;
import java.util.regex.Pattern;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** An e-mail address, when given, is one mail can be sent to. */
final class EmailIsAnAddress implements Rule<AccountCandidate> {

	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	static final int MAX_LENGTH = 200;

	@Override
	public List<Violation> check(AccountCandidate candidate) {
		String email = candidate.email();
		if (email == null || email.isBlank()) {
			return List.of();
		}
		return email.trim().length() > MAX_LENGTH || !EMAIL.matcher(email.trim()).matches()
				? List.of(Violation.of("email", "email", "identity.rule.email"))
				: List.of();
	}
}
