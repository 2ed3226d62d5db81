package se.fuel.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.fuel.DemoDataTest;

@DemoDataTest
class RegistrationNumbersIT {

	@Autowired
	RegistrationNumbers numbers;

	@Autowired
	TransactionTemplate tx;

	@Test
	void concurrent_submissions_get_distinct_consecutive_numbers_per_prefix_and_year() throws Exception {
		String prefix = "T" + System.nanoTime() % 100000;
		var pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				results.add(pool.submit((Callable<String>) () -> tx.execute(s -> numbers.next(prefix, 2031))));
			}
			var got = new ArrayList<String>();
			for (var r : results) {
				got.add(r.get());
			}
			assertThat(got).containsExactlyInAnyOrder(prefix + " 2031/0001", prefix + " 2031/0002",
					prefix + " 2031/0003", prefix + " 2031/0004", prefix + " 2031/0005", prefix + " 2031/0006",
					prefix + " 2031/0007", prefix + " 2031/0008");
			String next = tx.execute(s -> numbers.next(prefix, 2032));
			assertThat(next).isEqualTo(prefix + " 2032/0001");
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void a_rolled_back_submission_gives_its_number_back() {
		String prefix = "R" + System.nanoTime() % 100000;
		tx.execute(s -> {
			numbers.next(prefix, 2031);
			s.setRollbackOnly();
			return null;
		});
		String again = tx.execute(s -> numbers.next(prefix, 2031));
		assertThat(again).isEqualTo(prefix + " 2031/0001");
	}
}
