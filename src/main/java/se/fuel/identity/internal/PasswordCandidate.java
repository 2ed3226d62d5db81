package se.fuel.identity.internal;

/** A password an administrator gives, before it is hashed. */
record PasswordCandidate(String password) {

	@Override
	public String toString() {
		// Keeps the password out of logs and exception messages.
		return "PasswordCandidate[…]";
	}
}
