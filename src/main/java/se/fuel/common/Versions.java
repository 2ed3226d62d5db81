package se.fuel.common;

/**
 * The version a client read an object at, as the API carries it: an entity tag {@code "7"} (also weak, {@code W/"7"})
 * in {@code ETag} and {@code If-Match}, and a {@code version} field in the body.
 */
public final class Versions {

	private Versions() {
	}

	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version an {@code If-Match} header asks for; {@code null} when there is none or it is {@code *}.
	 * @throws ViolationException when the header is not one of Fuel's entity tags
	 */
	public static Long fromIfMatch(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
			return null;
		}
		String tag = ifMatch.trim();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
			tag = tag.substring(1, tag.length() - 1);
		}
		try {
			return Long.parseLong(tag);
		}
		catch (NumberFormatException e) {
			throw new ViolationException(Violation.of("If-Match", "entity-tag", "common.ifMatch"));
		}
	}

	/** The version the client read at: {@code If-Match} when given, else the body's {@code version}, else none. */
	public static Long opened(String ifMatch, Long bodyVersion) {
		Long fromHeader = fromIfMatch(ifMatch);
		return fromHeader != null ? fromHeader : bodyVersion;
	}
}
