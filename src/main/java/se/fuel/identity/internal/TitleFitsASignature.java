package se.fuel.identity.internal;

import java.util.List;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/** A title, shown under the person's signature and attestation, is short enough to print there. */
final class TitleFitsASignature implements Rule<AccountCandidate> {

	static final int MAX_LENGTH = 200;

	@Override
	public List<Violation> check(AccountCandidate candidate) {
		String title = candidate.title();
		return title != null && !title.isBlank() && title.strip().length() > MAX_LENGTH
				? List.of(Violation.of("title", "length", "identity.rule.title.maxLength", String.valueOf(MAX_LENGTH)))
				: List.of();
	}
}
