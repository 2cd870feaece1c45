package org.dyad.stage;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the time budgets of the articles being worked on: a worker arms an {@link Alarm} when it starts
 * an article and closes it when it is done; an alarm that rings first interrupts the worker, whose
 * stages then stop at their next check (between sentences) with {@link org.dyad.model.StageInterrupted}.
 * One timer thread, a daemon, serves a run; an {@link OrderedRunner} keeps one for its items, and a caller
 * that works on one item on its own thread may keep its own.
 */
public final class Watchdog implements AutoCloseable {
    private final ScheduledThreadPoolExecutor timer;

    /** Starts the timer thread. */
    public Watchdog() {
        timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "dyad-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** An alarm for the calling thread that rings once {@code budget} has passed, unless closed before. */
    public Alarm arm(Duration budget) {
        return arm(budget, () -> false);
    }

    /**
     * As above; while {@code paused} says so when the budget runs out (models are loading), the alarm
     * waits another budget.
     */
    public Alarm arm(Duration budget, java.util.function.BooleanSupplier paused) {
        return new Alarm(Thread.currentThread(), budget, paused);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** The budget of one article on one worker thread. Close it on that thread. */
    public final class Alarm implements AutoCloseable {
        private final Thread worker;
        private final Duration budget;
        private final long start = System.nanoTime();
        private final java.util.function.BooleanSupplier paused;
        private ScheduledFuture<?> task;
        private boolean finished;
        private volatile long rangAt = -1;

        private Alarm(Thread worker, Duration budget, java.util.function.BooleanSupplier paused) {
            this.worker = worker;
            this.budget = budget;
            this.paused = paused;
            synchronized (this) {
                this.task = timer.schedule(this::ring, budget.toNanos(), TimeUnit.NANOSECONDS);
            }
        }

        /** Interrupts the worker, unless it finished the article meanwhile (then it may be on the next). */
        private synchronized void ring() {
            if (finished) {
                return;
            }
            if (paused.getAsBoolean()) {
                task = timer.schedule(this::ring, budget.toNanos(), TimeUnit.NANOSECONDS);
                return;
            }
            rangAt = System.nanoTime();
            worker.interrupt();
        }

        /** True once the budget ran out while the article was being worked on. */
        public boolean rang() {
            return rangAt >= 0;
        }

        /** How long ago it rang, in nanoseconds; negative when it has not. */
        public long sinceRung() {
            long r = rangAt;
            return r < 0 ? -1 : System.nanoTime() - r;
        }

        /** The budget the alarm was armed with. */
        public Duration budget() {
            return budget;
        }

        /** How long the article has been worked on. */
        public Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - start);
        }

        /** The article is done: the alarm will not ring, and an interruption it caused is cleared. */
        @Override
        public void close() {
            ScheduledFuture<?> pending;
            synchronized (this) {
                finished = true;
                pending = task;
            }
            pending.cancel(false);
            if (rang()) {
                Thread.interrupted();
            }
        }
    }
}
