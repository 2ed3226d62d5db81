package se.fuel.calls.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import se.fuel.audit.AuditedObjects;
import se.fuel.calls.CallAdministration;

/** A call's history is for officers, as on the call's page. */
@Component
class CallHistory implements AuditedObjects {

	private final CallAdministration calls;

	CallHistory(CallAdministration calls) {
		this.calls = calls;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of("Call");
	}

	@Override
	public void requireReadable(String objectType, String objectId) {
		var id = AuditedObjects.uuid(objectId);
		calls.visible(id);
		calls.history(id);
	}
}
