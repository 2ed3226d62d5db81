package se.fuel.mail;

import java.util.Set;
import java.util.UUID;

/**
 * The users' choices of mail (E-postval) for other modules that tell users things and follow the same choices, such as
 * the notifications in the app. Read in the caller's transaction, for whoever is told, not only the signed-in user.
 */
public interface MailChoices {

	/** Every user who does not want mail of the kind. */
	Set<UUID> optedOut(MailKind kind);
}
