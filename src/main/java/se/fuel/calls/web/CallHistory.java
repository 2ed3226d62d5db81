package se.fuel.calls.web;

import org.springframework.stereotype.Component;
import se.fuel.audit.AuditedObjects;
import se.fuel.calls.CallAdministration;

/** A call's history is for officers, as on the call's page. */
@Component
class CallHistory extends AuditedObjects {

	CallHistory(CallAdministration calls) {
		super("Call", id -> {
			calls.visible(id);
			calls.history(id);
		});
	}
}
