import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load client: USERS virtual users, each sending its next request as soon as the last one answered,
 * for SECONDS per target, one target after the other. Prints p50/p99 per target and their ratio to the first target
 * (a static file served by the same app), so the figures mean the same on a fast and a slow machine.
 *
 * Usage: java bench/PortalLoad.java <base-url> <user> <password> <users> <seconds> <path>...
 */
public class PortalLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int users = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        double baseP50 = 0;
        double baseP99 = 0;
        System.out.printf("%-40s %8s %8s %10s %10s %9s %9s%n", "path", "requests", "errors", "p50 ms", "p99 ms",
                "p50/static", "p99/static");
        for (int i = 5; i < args.length; i++) {
            String path = args[i];
            run(client, base + path, authorization, users, 2); // warm-up, not counted
            Result result = run(client, base + path, authorization, users, seconds);
            double p50 = result.percentile(50);
            double p99 = result.percentile(99);
            if (i == 5) {
                baseP50 = p50;
                baseP99 = p99;
            }
            System.out.printf("%-40s %8d %8d %10.2f %10.2f %9.1f %9.1f%n", path, result.latencies.size(), result.errors,
                    p50, p99, p50 / baseP50, p99 / baseP99);
        }
    }

    record Result(List<Double> latencies, int errors) {
        double percentile(int p) {
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
        }
    }

    static Result run(HttpClient client, String url, String authorization, int users, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<Result>> futures = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            futures.add(pool.submit(() -> {
                List<Double> latencies = new ArrayList<>();
                int errors = 0;
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                        .header("Accept-Language", "zh-CN").GET().build();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    latencies.add((System.nanoTime() - start) / 1e6);
                    if (response.statusCode() != 200) {
                        errors++;
                    }
                }
                return new Result(latencies, errors);
            }));
        }
        List<Double> all = new ArrayList<>();
        int errors = 0;
        for (Future<Result> f : futures) {
            all.addAll(f.get().latencies);
            errors += f.get().errors;
        }
        pool.shutdown();
        return new Result(all, errors);
    }
}
