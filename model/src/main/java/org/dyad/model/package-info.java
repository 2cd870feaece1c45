/**
 * Dyad's shared vocabulary: immutable records and enums that flow between the pipeline stages.
 *
 * <p>An {@link org.dyad.model.Article} is read by the ingest module, annotated by the nlp module into
 * an {@link org.dyad.model.AnnotatedDocument}, and coded into {@link org.dyad.model.Event}s. Every
 * record validates its arguments when built, holds no nulls (absent values are {@code Optional} or
 * empty), and copies the collections it receives, so instances can be shared across threads freely.
 * Character offsets are always offsets into {@link org.dyad.model.Article#text()}.
 */
package org.dyad.model;
