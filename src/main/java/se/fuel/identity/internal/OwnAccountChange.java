package se.fuel.identity.internal;

import se.fuel.identity.Role;

/**
 * A change an administrator makes to an account, as the rule on their own account sees it.
 *
 * @param own whether the account is the administrator's own
 */
record OwnAccountChange(boolean own, Role role, boolean enabled) {
}
