package se.fuel.organisations.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import se.fuel.common.Rule;
import se.fuel.common.Violation;

/**
 * Every organisation has a code of small letters, digits and single hyphens, which no other organisation has: the
 * code is how imports and links find it.
 */
final class CodeIsWellFormedAndUnique implements Rule<OrganisationCandidate> {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final int MAX_LENGTH = 60;

	@Override
	public List<Violation> check(OrganisationCandidate candidate) {
		String code = candidate.input().code();
		if (code == null || code.isBlank()) {
			return List.of(Violation.of("code", "required", "organisations.rule.code.required"));
		}
		String trimmed = code.trim();
		if (trimmed.length() > MAX_LENGTH || !SLUG.matcher(trimmed).matches()) {
			return List.of(Violation.of("code", "slug", "organisations.rule.code.slug"));
		}
		return candidate.codes().entrySet().stream()
			.filter(e -> e.getValue().equalsIgnoreCase(trimmed) && !e.getKey().equals(candidate.self()))
			.map(Map.Entry::getKey)
			.findFirst()
			.map(other -> List.of(Violation.of("code", "unique", "organisations.rule.code.unique", trimmed,
					candidate.names().get(other))))
			.orElse(List.of());
	}
}
