/**
 * Event coding: verb and noun dictionaries with their patterns ({@link org.dyad.coding.VerbDictionary}),
 * the coder that turns parsed sentences into CAMEO and PLOVER events ({@link org.dyad.coding.ArticleCoder},
 * {@link org.dyad.coding.EventCoder}), discards and issues. How the coder decides is told in
 * {@code docs/coding.md}; the dictionary formats in {@code docs/dictionaries.md}.
 */
package org.dyad.coding;
