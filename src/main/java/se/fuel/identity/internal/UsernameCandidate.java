package se.fuel.identity.internal;

/**
 * A username an administrator gives for a new account.
 *
 * @param taken whether another account already has it, whatever the letters' case
 */
record UsernameCandidate(String username, boolean taken) {
}
