package se.fuel.identity.internal;

/**
 * What an administrator gives for an account's profile, as the profile rules see it.
 */
record AccountCandidate(String displayName, String email, String phone, se.fuel.identity.Role role, String title) {
}
