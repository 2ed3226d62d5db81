package se.fuel.identity.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import se.fuel.audit.AuditedObjects;
import se.fuel.identity.UserAdministration;

/** A user's history is for administrators, as the user page is. */
@Component
class UserHistory implements AuditedObjects {

	private final UserAdministration administration;

	UserHistory(UserAdministration administration) {
		this.administration = administration;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of("UserAccount");
	}

	@Override
	public void requireReadable(String objectType, String objectId) {
		administration.get(AuditedObjects.uuid(objectId));
	}
}
