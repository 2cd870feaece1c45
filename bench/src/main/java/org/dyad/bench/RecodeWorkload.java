package org.dyad.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;
import org.dyad.coding.ArticleCoder;
import org.dyad.pipeline.Recoder;
import org.dyad.store.EventStore;

/**
 * (d) Recoding from the parse cache: after each pass of a {@link DyadWorkload} that writes to the
 * store, the store of that pass recoded with the standard dictionaries by {@link Recoder}, without an
 * analyzer (decoding every stored parse, the coder's selection check, coding, merging, rewriting the
 * event tables in one transaction). It must run right after that workload on the same part of the
 * corpus.
 */
final class RecodeWorkload implements Workload {
    private final String label;
    private final DyadWorkload coded;
    private ArticleCoder coder;
    /** Built on the first run: a recoder digests the dictionaries and code it selects with. */
    private Recoder recoder;
    private int recoderThreads;
    private long lackingParses;

    RecodeWorkload(String label, DyadWorkload coded) {
        this.label = Objects.requireNonNull(label, "label");
        this.coded = Objects.requireNonNull(coded, "coded");
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void load() {
        coder = ArticleCoder.standard();
    }

    /** Articles whose stored parse lacked a sentence the selection chose, over all passes (0 expected). */
    long lackingParses() {
        return lackingParses;
    }

    @Override
    public Measurement run(Corpus.Part corpus, int threads) throws IOException {
        if (coder == null) {
            throw new IllegalStateException(label + " was run before load()");
        }
        Path file = coded.lastPass().orElseThrow(() -> new IllegalStateException(label + " needs a pass of "
                + coded.label() + " first")).resolve(StoreDestination.FILE);
        try (EventStore store = EventStore.open(file)) {
            if (recoder == null || recoderThreads != threads) {
                recoder = new Recoder(coder, threads);
                recoderThreads = threads;
            }
            Recoder.Result r = recoder.recode(store);
            lackingParses += r.lackingParses();
            return new Measurement(label, r.articles(), r.sentences(), 0, r.failed(), EventSet.NONE, r.millis());
        } catch (SQLException e) {
            throw new IOException("could not recode the store " + file + ": " + e.getMessage(), e);
        }
    }
}
