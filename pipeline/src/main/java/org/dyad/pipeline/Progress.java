package org.dyad.pipeline;

/** Told of progress after each finished record; called on the thread that runs the pipeline. */
@FunctionalInterface
public interface Progress {
    /** No progress reporting. */
    Progress NONE = (done, total, sentences) -> { };

    /**
     * @param done records finished so far
     * @param total records expected in all, or -1 when unknown
     * @param sentences sentences analysed so far
     */
    void update(long done, long total, long sentences);
}
