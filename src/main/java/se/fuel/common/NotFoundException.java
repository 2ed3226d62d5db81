package se.fuel.common;

/**
 * The object does not exist, or the caller may not know that it does: both answer 404 so that ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}
}
