package org.dyad.stage;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Works on items on {@code threads} worker threads and gives their results in the order the items were
 * submitted: the one parallel runner of Dyad's commands (coding, recoding, evaluations, benchmarks).
 *
 * <p>The caller submits items ({@link #submit}), or results that need no worker in their place
 * ({@link #add}: a record rejected before any work), and takes results in submission order
 * ({@link #take}), keeping as many in flight as it likes ({@link #pending}); results are handed over
 * on the caller's thread, so whatever consumes them (a store's transaction, a writer) needs no locks.
 *
 * <p><b>Time budgets.</b> A task may arm a time budget for its item ({@link Budget#arm}); when it runs
 * out, the {@link Watchdog} interrupts the worker, whose stages stop at their next check. A worker that
 * has not stopped {@code grace} after that is left behind: its item gets the result the
 * {@link Abandoned} policy gives, and the pool gets a thread in its place, so that the run goes on.
 * Stopping a thread by force could leave shared state (loaded models) half changed, so none is.
 *
 * <p><b>Failures.</b> A task that throws gives its item the result of the failure policy
 * ({@link Builder#onFailure}); without one, {@link #take} throws. Tasks that quarantine what a record
 * can cause catch it themselves and return it as a result.
 *
 * <p>Not thread-safe: one thread submits and takes. Close it to stop the workers.
 *
 * @param <I> the items
 * @param <O> their results
 */
public final class OrderedRunner<I, O> implements AutoCloseable {
    /** What a worker does with one item. */
    @FunctionalInterface
    public interface Task<I, O> {
        /** The result of one item, worked on a worker thread; {@code budget} arms its time budget if it has one. */
        O run(I item, Budget budget);
    }

    /** Arms the time budget of the item being worked on; the task closes the alarm when done. */
    @FunctionalInterface
    public interface Budget {
        /** An alarm that interrupts the worker once {@code budget} has passed, unless closed before; paused while {@code paused}. */
        Watchdog.Alarm arm(Duration budget, BooleanSupplier paused);
    }

    /** The result of an item whose worker did not stop within the grace period after its budget ran out. */
    @FunctionalInterface
    public interface Abandoned<I, O> {
        O result(I item, Watchdog.Alarm alarm, Duration grace);
    }

    private final ThreadPoolExecutor pool;
    private final Task<I, O> task;
    private final BiFunction<I, Throwable, O> onFailure;
    private final Duration grace;
    private final Abandoned<I, O> abandoned;
    private final ArrayDeque<Slot<I, O>> slots = new ArrayDeque<>();
    private Watchdog watchdog;

    /** One submitted item: its future and the alarm its task armed. */
    private static final class Slot<I, O> {
        final I item;
        Future<O> future;
        volatile Watchdog.Alarm alarm;

        Slot(I item) {
            this.item = item;
        }
    }

    private OrderedRunner(Builder<I, O> b) {
        AtomicInteger n = new AtomicInteger();
        String name = b.name;
        this.pool = new ThreadPoolExecutor(b.threads, b.threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, name + "-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.task = b.task;
        this.onFailure = b.onFailure;
        this.grace = b.grace;
        this.abandoned = b.abandoned;
    }

    /** A builder of a runner whose threads are named {@code name-1}, {@code name-2}, ... */
    public static <I, O> Builder<I, O> builder(String name, Task<I, O> task) {
        return new Builder<>(name, task);
    }

    /**
     * The results of {@code work} on every item, in the items' order, worked on {@code threads} threads.
     *
     * @throws IllegalStateException when {@code work} throws on an item
     */
    public static <I, O> List<O> map(String name, int threads, List<? extends I> items, Function<I, O> work) {
        return map(name, threads, items, work, (item, e) -> {
            throw new IllegalStateException(name + " failed on an item: " + e, e);
        });
    }

    /** As {@link #map(String, int, List, Function)}, an item on which {@code work} throws getting {@code onFailure}'s result. */
    public static <I, O> List<O> map(String name, int threads, List<? extends I> items, Function<I, O> work,
            BiFunction<I, Throwable, O> onFailure) {
        try (OrderedRunner<I, O> runner = OrderedRunner.<I, O>builder(name, (item, budget) -> work.apply(item))
                .threads(threads).onFailure(onFailure).build()) {
            List<O> out = new ArrayList<>(items.size());
            for (I item : items) {
                runner.submit(item);
                while (runner.pending() > 2 * threads) {
                    out.add(runner.take());
                }
            }
            while (runner.pending() > 0) {
                out.add(runner.take());
            }
            return out;
        }
    }

    /** Starts work on an item; its result comes from {@link #take} after those submitted before it. */
    public void submit(I item) {
        Slot<I, O> slot = new Slot<>(item);
        Budget budget = (b, paused) -> {
            Watchdog.Alarm a = watchdog().arm(b, paused);
            slot.alarm = a;
            return a;
        };
        slot.future = pool.submit(() -> task.run(item, budget));
        slots.add(slot);
    }

    /** Puts a result that needs no worker in the next place of the output. */
    public void add(O result) {
        Slot<I, O> slot = new Slot<>(null);
        slot.future = CompletableFuture.completedFuture(result);
        slots.add(slot);
    }

    /** Items submitted (and results added) whose result has not been taken. */
    public int pending() {
        return slots.size();
    }

    /**
     * The result of the oldest item not yet taken, waiting for it.
     *
     * @throws java.util.NoSuchElementException when nothing is pending
     * @throws IllegalStateException when its task failed and no failure policy was given, or the caller
     *     was interrupted
     */
    public O take() {
        Slot<I, O> slot = slots.remove();
        while (true) {
            try {
                return slot.future.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                Watchdog.Alarm alarm = slot.alarm;
                if (abandoned != null && alarm != null && alarm.sinceRung() > grace.toNanos()) {
                    slot.future.cancel(true);
                    // a thread in place of the one left behind, so that the run keeps its workers
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    return abandoned.result(slot.item, alarm, grace);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a worker", e);
            } catch (ExecutionException e) {
                return onFailure.apply(slot.item, e.getCause());
            }
        }
    }

    private synchronized Watchdog watchdog() {
        if (watchdog == null) {
            watchdog = new Watchdog();
        }
        return watchdog;
    }

    /** Stops the workers (interrupting those still working) and the watchdog. */
    @Override
    public void close() {
        pool.shutdownNow();
        synchronized (this) {
            if (watchdog != null) {
                watchdog.close();
            }
        }
    }

    /** Settings of a runner. */
    public static final class Builder<I, O> {
        private final String name;
        private final Task<I, O> task;
        private int threads = 1;
        private BiFunction<I, Throwable, O> onFailure;
        private Duration grace = Duration.ofSeconds(30);
        private Abandoned<I, O> abandoned;

        private Builder(String name, Task<I, O> task) {
            this.name = Objects.requireNonNull(name, "name");
            this.task = Objects.requireNonNull(task, "task");
            this.onFailure = (item, e) -> {
                throw new IllegalStateException("worker failed: " + e, e);
            };
        }

        /** The number of worker threads, at least 1 (1 by default). */
        public Builder<I, O> threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads was " + n + "; need at least 1");
            }
            this.threads = n;
            return this;
        }

        /** The result of an item whose task throws, instead of {@link #take} throwing. */
        public Builder<I, O> onFailure(BiFunction<I, Throwable, O> policy) {
            this.onFailure = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Leaves a worker behind when it has not stopped {@code after} its item's budget ran out, its item
         * getting {@code policy}'s result. Without this, {@link #take} waits for the worker however long.
         */
        public Builder<I, O> leaveBehind(Duration after, Abandoned<I, O> policy) {
            if (after.isNegative()) {
                throw new IllegalArgumentException("grace was " + after + "; it must not be negative");
            }
            this.grace = after;
            this.abandoned = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Starts the runner's threads. */
        public OrderedRunner<I, O> build() {
            return new OrderedRunner<>(this);
        }
    }
}
