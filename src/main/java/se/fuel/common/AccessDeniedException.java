package se.fuel.common;

/**
 * The caller's role does not allow the action (403); for objects of another organisation use {@link NotFoundException}.
 * The API tells the client why in its language: give a {@link Text}; the exception's own message is for the log.
 */
public class AccessDeniedException extends RuntimeException {

	private final Text reason;

	public AccessDeniedException(Text reason) {
		super(reason.toString());
		this.reason = reason;
	}

	/** @deprecated only for code not yet moved to message bundles; say why with a {@link Text}. */
	@Deprecated
	public AccessDeniedException(String message) {
		super(message);
		this.reason = null;
	}

	/** Why the action was refused, or null when the code said it only in a literal message. */
	public Text reason() {
		return reason;
	}
}
