package se.fuel.grants.internal;

import java.time.Clock;
import java.time.LocalDate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.fuel.grants.GrantReminders;

/**
 * The persisted, cluster-safe daily run that sends due reminders about reports and repayment notices; db-scheduler
 * runs it on one node, and the reminder log keeps a rerun on the same day from mailing twice.
 */
@Configuration(proxyBeanMethods = false)
class GrantReminderTask {

	@Bean
	RecurringTask<Void> grantReminderRecurringTask(GrantReminders reminders,
			@Value("${fuel.reminders.cron:0 0 6 * * *}") String cron, Clock clock) {
		return Tasks.recurring("grant-reminders", Schedules.cron(cron, clock.getZone()))
			.execute((instance, context) -> reminders.sendDueReminders(LocalDate.now(clock)));
	}
}
