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

	/** Why the action was refused, in words for the reader. */
	public Text reason() {
		return reason;
	}
}
