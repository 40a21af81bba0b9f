package fr.messagerie.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The citizen journey in an open model: journeys arrive at a fixed mean rate (Poisson arrivals,
 * seeded), whatever the server's speed, and each is walked by one of at most {@code citizens}
 * browsers. A closed loop flatters its percentiles (a slow answer delays the next request, so the
 * queue it would have met is never measured: coordinated omission); here the first step of each
 * journey is timed from its scheduled arrival, so an arrival that waited for a free browser, or
 * behind a slow server, counts that wait.
 */
final class OpenModelLoad {

    /** What one open-model run measured. */
    record Result(
            double journeysPerSecond,
            int seconds,
            int arrivals,
            int completed,
            long requests,
            long errors,
            double serverCpuMsPerRequest,
            Map<String, Histogram> steps,
            List<String> firstErrors) {}

    private final HttpClient http;
    private final URI base;
    private final String[] logins;
    private final LongSupplier serverCpu;

    OpenModelLoad(HttpClient http, URI base, String[] logins, LongSupplier serverCpu) {
        this.http = http;
        this.base = base;
        this.logins = logins.clone();
        this.serverCpu = serverCpu;
    }

    Result run(double journeysPerSecond, int citizens, int seconds) throws InterruptedException {
        Map<String, Histogram> steps = new ConcurrentSkipListMap<>();
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicInteger completed = new AtomicInteger();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService browsers = Executors.newFixedThreadPool(citizens);
        Random arrivals = new Random(16);
        long cpuStart = serverCpu.getAsLong();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        long next = start;
        int arrived = 0;
        while (next < end) {
            long wait;
            while ((wait = next - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            long scheduled = next;
            String login = logins[arrived % logins.length];
            arrived++;
            browsers.execute(
                    () -> {
                        if (journey(login, scheduled, steps, requests, errors, firstErrors)) {
                            completed.incrementAndGet();
                        }
                    });
            next += (long) (-Math.log(1 - arrivals.nextDouble()) / journeysPerSecond * 1e9);
        }
        browsers.shutdown();
        if (!browsers.awaitTermination(5, TimeUnit.MINUTES)) {
            browsers.shutdownNow();
        }
        double cpuMs = (serverCpu.getAsLong() - cpuStart) / 1e6;
        return new Result(
                journeysPerSecond,
                seconds,
                arrived,
                completed.get(),
                requests.get(),
                errors.get(),
                cpuMs / Math.max(1, requests.get()),
                steps,
                List.copyOf(firstErrors));
    }

    /**
     * One citizen's visit: sign-in, the wizard, the send, the pages after it, sign-out. The first
     * step's latency runs from the scheduled arrival.
     */
    private boolean journey(
            String login,
            long scheduled,
            Map<String, Histogram> steps,
            AtomicLong requests,
            AtomicLong errors,
            List<String> firstErrors) {
        boolean[] first = {true};
        CitizenJourney.Steps recorder =
                new CitizenJourney.Steps() {
                    @Override
                    public void record(String step, long startNanos) {
                        long from = first[0] ? scheduled : startNanos;
                        first[0] = false;
                        requests.incrementAndGet();
                        steps.computeIfAbsent(step, s -> new ConcurrentHistogram(3))
                                .recordValue(Math.max(1, (System.nanoTime() - from) / 1000));
                    }

                    @Override
                    public void error(String step, Exception e) {
                        requests.incrementAndGet();
                        errors.incrementAndGet();
                        if (firstErrors.size() < 5) {
                            firstErrors.add("open model / " + step + ": " + e.getMessage());
                        }
                    }
                };
        PageClient citizen = new PageClient(http, base);
        CitizenJourney journey = new CitizenJourney(recorder);
        try {
            journey.signIn(citizen, login);
            journey.walkToSummary(citizen);
            journey.afterSend(citizen, journey.submit(citizen));
            return true;
        } catch (PageClient.StepFailed failed) {
            return false; // counted by the recorder
        } finally {
            citizen.signOut();
        }
    }
}
