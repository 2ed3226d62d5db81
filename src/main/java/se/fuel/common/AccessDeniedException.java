package se.fuel.common;

/**
 * The caller's role does not allow the action (403); for objects of another organisation use {@link NotFoundException}.
 */
public class AccessDeniedException extends RuntimeException {

	public AccessDeniedException(String message) {
		super(message);
	}
}
