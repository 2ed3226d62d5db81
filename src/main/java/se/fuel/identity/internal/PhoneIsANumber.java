package se.fuel.identity.internal;

import java.util.List;
import java.util.regex.Pattern;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** A telephone number, when given, is written with digits and the usual separators only. */
final class PhoneIsANumber implements Rule<AccountCandidate> {

	static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{3,40}");

	@Override
	public List<Violation> check(AccountCandidate candidate) {
		String phone = candidate.phone();
		return phone != null && !phone.isBlank() && !PHONE.matcher(phone.trim()).matches()
				? List.of(Violation.of("phone", "phone", "identity.rule.phone"))
				: List.of();
	}
}
