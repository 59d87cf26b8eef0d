package org.societyflow.support;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** Runs the same request from several clients released at the same instant (two tabs, a retried request). */
public final class Together {

    private Together() {
    }

    @SafeVarargs
    public static <T> List<T> run(Supplier<T>... calls) {
        CyclicBarrier barrier = new CyclicBarrier(calls.length);
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<CompletableFuture<T>> futures = java.util.Arrays.stream(calls)
                    .map(call -> CompletableFuture.supplyAsync(() -> {
                        await(barrier);
                        return call.get();
                    }, pool)).toList();
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
