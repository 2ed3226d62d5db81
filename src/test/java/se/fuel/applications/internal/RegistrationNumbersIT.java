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
import se.fuel.FuelIntegrationTest;
import se.fuel.testdata.FundCycle;

@FuelIntegrationTest
class RegistrationNumbersIT {

	@Autowired
	RegistrationNumbers numbers;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	FundCycle cycle;

	@Test
	void concurrent_submissions_get_distinct_consecutive_numbers_per_prefix_and_year() throws Exception {
		String prefix = "T" + System.nanoTime() % 100000;
		int year = cycle.year();
		int next = cycle.year();
		var pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				results.add(pool.submit((Callable<String>) () -> tx.execute(s -> numbers.next(prefix, year))));
			}
			var got = new ArrayList<String>();
			for (var r : results) {
				got.add(r.get());
			}
			String number = prefix + " " + year + "/000";
			assertThat(got).containsExactlyInAnyOrder(number + 1, number + 2, number + 3, number + 4, number + 5,
					number + 6, number + 7, number + 8);
			String first = tx.execute(s -> numbers.next(prefix, next));
			assertThat(first).isEqualTo(prefix + " " + next + "/0001");
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void a_rolled_back_submission_gives_its_number_back() {
		String prefix = "R" + System.nanoTime() % 100000;
		int year = cycle.year();
		tx.execute(s -> {
			numbers.next(prefix, year);
			s.setRollbackOnly();
			return null;
		});
		String again = tx.execute(s -> numbers.next(prefix, year));
		assertThat(again).isEqualTo(prefix + " " + year + "/0001");
	}
}
