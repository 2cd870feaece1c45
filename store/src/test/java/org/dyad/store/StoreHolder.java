package org.dyad.store;

import java.nio.file.Path;

/**
 * A process that holds a store open for writing until its standard input closes: the other process
 * of {@link StoreFileTest}. Prints {@code open} once it holds the store.
 */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (EventStore store = EventStore.open(Path.of(args[0]))) {
            System.out.println(store.counts().articles() >= 0 ? "open" : "?");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the store until the test closes our input
            }
        }
    }
}
