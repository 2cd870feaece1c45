package org.dyad.server;

/**
 * What one request may ask of the server: page sizes, aggregate sizes, query time, body size, and how
 * many store readers and concurrent exports there are.
 *
 * @param defaultPageSize events a page holds when the request does not say
 * @param maxPageSize the most events a page may hold
 * @param maxAggregate the most rows of a network, places, actors or top-actors answer
 * @param queryTimeoutSeconds the longest a query may run before it is cancelled
 * @param maxBodyBytes the largest request body accepted
 * @param readers store connections that serve reads concurrently
 * @param exports exports that may stream at once
 * @param ingestQueue files that may wait for ingest
 */
public record Limits(int defaultPageSize, int maxPageSize, int maxAggregate, int queryTimeoutSeconds,
        long maxBodyBytes, int readers, int exports, int ingestQueue) {
    public Limits {
        positive(defaultPageSize, "defaultPageSize");
        positive(maxPageSize, "maxPageSize");
        positive(maxAggregate, "maxAggregate");
        positive(queryTimeoutSeconds, "queryTimeoutSeconds");
        positive(readers, "readers");
        positive(exports, "exports");
        positive(ingestQueue, "ingestQueue");
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes was " + maxBodyBytes + "; it must be at least 1024");
        }
        if (defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException("defaultPageSize " + defaultPageSize + " exceeds maxPageSize " + maxPageSize);
        }
    }

    private static void positive(long v, String name) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " was " + v + "; it must be >= 1");
        }
    }

    /** 50 events a page, at most 500; 1,000 aggregate rows; 10 s a query; 4 MiB bodies; 8 readers; 2 exports. */
    public static Limits defaults() {
        return new Limits(50, 500, 1000, 10, 4L * 1024 * 1024, 8, 2, 1000);
    }
}
