package se.fuel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Sends requests from many threads released at the same instant, so that they race, and answers their statuses. */
public final class ParallelRequests {

	private ParallelRequests() {
	}

	/** @param request the request of thread {@code i} */
	public static List<Integer> statuses(MockMvc mvc, int threads, IntFunction<RequestBuilder> request)
			throws Exception {
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(threads);
		try {
			var tasks = new ArrayList<Future<Integer>>();
			for (int i = 0; i < threads; i++) {
				RequestBuilder built = request.apply(i);
				Callable<Integer> send = () -> {
					start.await();
					return mvc.perform(built).andReturn().getResponse().getStatus();
				};
				tasks.add(pool.submit(send));
			}
			start.countDown();
			var statuses = new ArrayList<Integer>();
			for (var t : tasks) {
				statuses.add(t.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
