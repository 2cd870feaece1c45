package org.dyad.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The ordered runner: input order, many threads, failures, time budgets and workers left behind. */
class OrderedRunnerTest {
    @Test
    void resultsComeInInputOrderWhateverOrderTheyFinishIn() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> out = OrderedRunner.map("test", 4, items, i -> {
            threads.add(Thread.currentThread().getName());
            sleep((200 - i) % 7); // later items often finish first
            return i * i;
        });
        assertThat(out).isEqualTo(items.stream().map(i -> i * i).toList());
        assertThat(threads).allMatch(n -> n.startsWith("test-")).hasSizeGreaterThan(1);
    }

    @Test
    void addedResultsKeepTheirPlaceAmongSubmittedOnes() {
        try (OrderedRunner<Integer, String> r = OrderedRunner.<Integer, String>builder("test",
                (i, budget) -> "worked " + i).threads(2).build()) {
            r.submit(1);
            r.add("rejected 2");
            r.submit(3);
            assertThat(r.pending()).isEqualTo(3);
            assertThat(List.of(r.take(), r.take(), r.take())).containsExactly("worked 1", "rejected 2", "worked 3");
            assertThat(r.pending()).isZero();
        }
    }

    @Test
    void aFailingItemGetsTheFailurePolicysResultOrFailsTheTake() {
        List<String> out = OrderedRunner.map("test", 2, List.of(1, 2, 3), i -> {
            if (i == 2) {
                throw new IllegalArgumentException("bad item " + i);
            }
            return "ok " + i;
        }, (i, e) -> "failed " + i + ": " + e.getMessage());
        assertThat(out).containsExactly("ok 1", "failed 2: bad item 2", "ok 3");
        assertThatThrownBy(() -> OrderedRunner.map("test", 2, List.of(1), i -> {
            throw new StackOverflowError();
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("test failed on an item");
    }

    @Test
    void aBudgetThatRunsOutInterruptsTheWorker() {
        try (OrderedRunner<Integer, String> r = OrderedRunner.<Integer, String>builder("test", (i, budget) -> {
            try (Watchdog.Alarm alarm = budget.arm(Duration.ofMillis(50), () -> false)) {
                try {
                    Thread.sleep(10_000);
                    return "finished";
                } catch (InterruptedException e) {
                    return "stopped after " + (alarm.rang() ? "its budget" : "something else");
                }
            }
        }).build()) {
            r.submit(1);
            assertThat(r.take()).isEqualTo("stopped after its budget");
        }
    }

    @Test
    void aWorkerThatDoesNotStopIsLeftBehindAndReplaced() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        List<String> left = new ArrayList<>();
        try (OrderedRunner<Integer, String> r = OrderedRunner.<Integer, String>builder("test", (i, budget) -> {
            if (i == 1) {
                Watchdog.Alarm alarm = budget.arm(Duration.ofMillis(20), () -> false);
                while (never.getCount() > 0) {
                    Thread.onSpinWait(); // deaf to interruption, as code that never checks is
                }
                alarm.close();
            }
            return "done " + i;
        }).threads(1).leaveBehind(Duration.ofMillis(100), (i, alarm, grace) -> {
            left.add("item " + i + " rang " + alarm.rang());
            return "left behind " + i;
        }).build()) {
            r.submit(1);
            r.submit(2);
            assertThat(r.take()).isEqualTo("left behind 1");
            // the one thread is still spinning: item 2 runs on the thread that replaced it
            assertThat(r.take()).isEqualTo("done 2");
            assertThat(left).containsExactly("item 1 rang true");
        } finally {
            never.countDown();
        }
    }

    @Test
    void atLeastOneThread() {
        assertThatThrownBy(() -> OrderedRunner.builder("test", (i, b) -> i).threads(0))
                .hasMessageContaining("threads was 0; need at least 1");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
