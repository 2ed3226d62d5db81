package se.fuel.common;

/**
 * The caller's role does not allow the action (403); for objects of another organisation use {@link NotFoundException}.
 * The reason is a {@link Text}, so the API answers it in the reader's language.
 */
public class AccessDeniedException extends RuntimeException {

	private final transient Text reason;

	/**
	 * A reason already written.
	 *
	 * @deprecated only for code not yet moved to message bundles; use {@link #AccessDeniedException(Text)}.
	 */
	@Deprecated
	public AccessDeniedException(String message) {
		super(message);
		this.reason = null;
	}

	public AccessDeniedException(Text reason) {
		super(reason.key());
		this.reason = reason;
	}

	/** Why the action is not allowed, in no language yet; null when thrown with a sentence already written. */
	public Text reason() {
		return reason;
	}
}
