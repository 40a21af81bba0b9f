package fr.messagerie.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Races: the same call made by many clients released at the same instant (a double tap, a retrying
 * proxy, two admins), where one after the other would never meet the race.
 */
public final class SameInstant {

    private SameInstant() {}

    /**
     * Makes {@code call} from {@code clients} threads released together and returns every answer; a
     * call that threw fails this one.
     */
    public static <T> List<T> call(int clients, Callable<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                pending.add(
                        threads.submit(
                                () -> {
                                    start.await();
                                    return call.call();
                                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : pending) {
                answers.add(answer.get(1, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
