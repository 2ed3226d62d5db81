package se.fuel.mail.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.fuel.mail.MailDelivery;

/** The persisted, cluster-safe recurring task that empties the outbox; db-scheduler runs it on one node at a time. */
@Configuration(proxyBeanMethods = false)
class MailDeliveryTask {

	@Bean
	RecurringTask<Void> mailDeliveryRecurringTask(MailDelivery delivery,
			@Value("${fuel.mail.delivery-interval:10s}") Duration interval) {
		return Tasks.recurring("mail-delivery", FixedDelay.of(interval)).execute((instance, context) -> delivery
			.deliverPending());
	}
}
