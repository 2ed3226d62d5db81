package se.fuel.system;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring Boot's JPA transaction manager, flushing just before it commits. A rule checked while Hibernate writes
 * ({@link ColumnLengths}) then reaches the caller as the ViolationException it is, so a form can show it beside the
 * field; at commit itself Hibernate would wrap it into a RollbackException and the page would fail. Database errors of
 * the flush are translated exactly as they would be at commit (optimistic locking, integrity violations).
 */
@Configuration(proxyBeanMethods = false)
class FlushBeforeCommit {

	@Bean
	JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		var manager = new FlushingJpaTransactionManager(entityManagerFactory);
		customizers.ifAvailable(c -> c.customize(manager));
		return manager;
	}

	static final class FlushingJpaTransactionManager extends JpaTransactionManager {

		FlushingJpaTransactionManager(EntityManagerFactory entityManagerFactory) {
			super(entityManagerFactory);
		}

		@Override
		protected void prepareForCommit(DefaultTransactionStatus status) {
			if (!status.isNewTransaction() || status.isReadOnly() || getEntityManagerFactory() == null) {
				return;
			}
			if (TransactionSynchronizationManager.getResource(getEntityManagerFactory()) instanceof EntityManagerHolder holder
					&& holder.getEntityManager().isJoinedToTransaction()) {
				try {
					holder.getEntityManager().flush();
				}
				catch (RuntimeException e) {
					DataAccessException translated = getJpaDialect().translateExceptionIfPossible(e);
					throw translated != null ? translated : e;
				}
			}
		}
	}
}
