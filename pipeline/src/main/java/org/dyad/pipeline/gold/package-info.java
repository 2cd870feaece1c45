/**
 * Accuracy on real news: article-level gold events ({@link org.dyad.pipeline.gold.GoldSet}), the
 * fixed split of a gold set into a half to tune on and a half to test on
 * ({@link org.dyad.pipeline.gold.Half}), recall against gold ({@link org.dyad.pipeline.gold.GoldScore}),
 * reproducible samples of coded events for judges ({@link org.dyad.pipeline.gold.EventSample}) and
 * precision from their judgments ({@link org.dyad.pipeline.gold.Judgments}).
 */
package org.dyad.pipeline.gold;
