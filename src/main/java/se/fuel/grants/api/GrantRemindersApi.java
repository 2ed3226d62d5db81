package se.fuel.grants.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.fuel.grants.GrantReminderView;
import se.fuel.grants.GrantReminders;

/** The reminder log of a grant as JSON; the same service and so the same authorization as the page. */
@RestController
@Tag(name = "Beviljade medel")
class GrantRemindersApi {

	private final GrantReminders reminders;

	GrantRemindersApi(GrantReminders reminders) {
		this.reminders = reminders;
	}

	@GetMapping("/api/v1/grants/{id}/reminders")
	@Operation(summary = "Påminnelser skickade om redovisning och återbetalning; 404 för en annan förvaltnings")
	List<GrantReminderView> reminders(@PathVariable UUID id) {
		return reminders.ofGrant(id);
	}
}
