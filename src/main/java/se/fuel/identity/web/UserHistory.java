package se.fuel.identity.web;

import org.springframework.stereotype.Component;
import se.fuel.audit.AuditedObjects;
import se.fuel.identity.UserAdministration;

/** A user's history is for administrators, as the user page is. */
@Component
class UserHistory extends AuditedObjects {

	UserHistory(UserAdministration administration) {
		super("UserAccount", administration::get);
	}
}
