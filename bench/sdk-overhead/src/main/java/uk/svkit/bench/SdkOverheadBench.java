package uk.svkit.bench;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.models.Organisation;

/**
 * What the SDK costs per call: {@code client.organisations().getMyOrganisation()} against the
 * same {@code GET /api/v1/organisations/me} sent with the JDK's {@link HttpClient} (HTTP/1.1,
 * {@code Authorization: Bearer}), whose JSON body is parsed with JSON-B into a {@code Map} so that
 * both sides do the same work: send, read the body, bind it.
 *
 * <p>A plain timing loop, not JMH: the cost being measured is a loopback HTTP round trip
 * (hundreds of microseconds), far above the timer and loop overheads JMH exists to remove. Each
 * run has a bounded duration and a bounded sample count; latencies are kept per call and sorted
 * for the percentiles (nearest rank), so nothing is approximated.
 *
 * <p>Order: one check call per side, warm-up (half of {@code SVKIT_BENCH_WARMUP_SECONDS} per
 * side, 8 threads: JIT and connection pools), then measured runs of {@code SVKIT_BENCH_SECONDS}
 * each: SDK and plain from 1 thread, then SDK and plain from 8 threads. The SDK runs with retries
 * off, so a failure is reported rather than hidden; any failure stops the benchmark.
 *
 * <p>The SDK's default connector (Jersey on {@code HttpURLConnection}) keeps at most {@code
 * http.maxConnections} (JDK default 5) idle connections per server, so from 8 threads it may
 * reconnect; {@code MAVEN_OPTS=-Dhttp.maxConnections=16} shows whether that matters.
 *
 * <p>Only loopback {@code http://} endpoints are accepted: the bearer token must not leave the
 * machine, and the point is the client's cost, not the network's. Run as documented in {@code
 * examples/README.md}.
 */
public final class SdkOverheadBench {

    private static final int[] THREADS = {1, 8};
    private static final int WARM_UP_THREADS = 8;
    /** Bounds memory (8 bytes a sample) and the run, whatever the duration says. */
    private static final int MAX_SAMPLES_PER_RUN = 2_000_000;
    private static final String PATH = "/api/v1/organisations/me";

    /** One call, response checked; throws on anything but a 200 with an organisation. */
    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }

    private SdkOverheadBench() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = loopbackEndpoint(env("SVKIT_ENDPOINT", "http://localhost:9080"));
        String token = System.getenv("SVKIT_TOKEN");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("Set SVKIT_TOKEN, e.g. export SVKIT_TOKEN=$(java"
                    + " liberty-server/demo/MintDemoToken.java --org GB-LAE-WRL --role buyer)");
        }
        Duration measure = Duration.ofSeconds(positive("SVKIT_BENCH_SECONDS", 10));
        Duration warmUp = Duration.ofSeconds(positive("SVKIT_BENCH_WARMUP_SECONDS", 20));

        Jsonb jsonb = JsonbBuilder.create();
        try (SvkitClient sdk = SvkitClient.builder().endpoint(endpoint).credential(token)
                .maxRetries(0).build()) {
            Call viaSdk = () -> {
                Organisation me = sdk.organisations().getMyOrganisation();
                if (me.getId() == null) {
                    throw new IllegalStateException("SDK returned an organisation without id");
                }
            };

            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1) // as the SDK's default connector; no h2c upgrade
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + PATH))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .GET()
                    .build();
            Call viaPlain = () -> {
                HttpResponse<String> response = http.send(request,
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + ": "
                            + response.body());
                }
                Map<?, ?> body = jsonb.fromJson(response.body(), Map.class);
                if (body.get("id") == null) {
                    throw new IllegalStateException("body without id: " + response.body());
                }
            };

            viaSdk.run();
            viaPlain.run();
            // The SDK's default connector (Jersey on HttpURLConnection) keeps at most
            // http.maxConnections idle connections per server; beyond that it reconnects.
            System.out.printf("GET %s on %s: %d s per run after %d s warm-up;"
                    + " http.maxConnections=%s%n", PATH, endpoint, measure.toSeconds(),
                    warmUp.toSeconds(), System.getProperty("http.maxConnections", "5 (JDK default)"));
            measure("sdk", viaSdk, WARM_UP_THREADS, warmUp.dividedBy(2));
            measure("plain", viaPlain, WARM_UP_THREADS, warmUp.dividedBy(2));

            System.out.printf("%-6s %7s %9s %10s %9s %9s %9s%n",
                    "client", "threads", "calls", "calls/s", "mean ms", "p50 ms", "p99 ms");
            List<String> ratios = new ArrayList<>();
            for (int threads : THREADS) {
                Result s = measure("sdk", viaSdk, threads, measure);
                Result p = measure("plain", viaPlain, threads, measure);
                s.print();
                p.print();
                ratios.add(String.format(Locale.ROOT, "SDK/plain, %d thread%s: calls/s %.2f,"
                        + " mean %.2f, p50 %.2f, p99 %.2f", threads, threads == 1 ? "" : "s",
                        s.callsPerSecond() / p.callsPerSecond(), s.mean() / p.mean(),
                        (double) s.percentile(0.50) / p.percentile(0.50),
                        (double) s.percentile(0.99) / p.percentile(0.99)));
            }
            ratios.forEach(System.out::println);
        } finally {
            jsonb.close();
        }
    }

    /** Runs {@code call} from {@code threads} threads until the duration or sample cap is reached. */
    private static Result measure(String name, Call call, int threads, Duration duration)
            throws InterruptedException {
        int cap = MAX_SAMPLES_PER_RUN / threads;
        long[][] samples = new long[threads][];
        int[] counts = new int[threads];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        long[] deadline = new long[1]; // written before start.countDown(), so visible after await
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(() -> {
                long[] mine = new long[cap];
                int n = 0;
                try {
                    start.await();
                    long end = deadline[0];
                    while (n < cap && failure.get() == null) {
                        long t0 = System.nanoTime();
                        if (t0 - end >= 0) {
                            break;
                        }
                        call.run();
                        mine[n++] = System.nanoTime() - t0;
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    samples[index] = mine;
                    counts[index] = n;
                }
            }, "bench-" + name + "-" + t);
            workers.add(worker);
            worker.start();
        }
        long begin = System.nanoTime();
        deadline[0] = begin + duration.toNanos();
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        long elapsed = System.nanoTime() - begin;
        if (failure.get() != null) {
            throw new IllegalStateException(name + " failed with " + threads + " thread(s); the"
                    + " benchmark stops: " + failure.get(), failure.get());
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(samples[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        boolean capped = Arrays.stream(counts).anyMatch(c -> c == cap);
        return new Result(name, threads, all, elapsed, capped);
    }

    /** One measured run: every call's latency in nanoseconds, sorted. */
    private record Result(String name, int threads, long[] sortedNanos, long elapsedNanos,
            boolean capped) {

        double callsPerSecond() {
            return sortedNanos.length / (elapsedNanos / 1e9);
        }

        double mean() {
            return Arrays.stream(sortedNanos).average().orElse(Double.NaN);
        }

        /** Nearest-rank percentile. */
        long percentile(double q) {
            int rank = (int) Math.ceil(q * sortedNanos.length);
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))];
        }

        void print() {
            System.out.printf(Locale.ROOT, "%-6s %7d %9d %10.1f %9.3f %9.3f %9.3f%s%n", name,
                    threads, sortedNanos.length, callsPerSecond(), mean() / 1e6,
                    percentile(0.50) / 1e6, percentile(0.99) / 1e6,
                    capped ? "  (sample cap reached)" : "");
        }
    }

    /** Accepts only {@code http://} URLs whose host resolves to loopback addresses only. */
    private static URI loopbackEndpoint(String value) throws UnknownHostException {
        URI uri = URI.create(value.trim());
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null
                || uri.getRawQuery() != null) {
            throw new IllegalArgumentException("SVKIT_ENDPOINT must be a plain http:// base URL"
                    + " on this machine, such as http://localhost:9080; was " + value);
        }
        for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("Refusing " + value + ": " + uri.getHost()
                        + " resolves to " + address.getHostAddress() + ", which is not loopback."
                        + " The benchmark only runs against a server on this machine.");
            }
        }
        // Without a trailing slash: the SDK appends /api/v1 to it, and so does the plain side.
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path);
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    private static long positive(String name, long defaultValue) {
        String value = env(name, Long.toString(defaultValue));
        try {
            long n = Long.parseLong(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive number of seconds, was "
                + value);
    }
}
