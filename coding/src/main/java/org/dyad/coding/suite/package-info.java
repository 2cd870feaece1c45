/**
 * Validation suites and their scoring, as {@code dyad eval} runs them: PETRARCH's XML unit tests and
 * their JSON Lines form, and the CAMEO manual's example sentences.
 */
package org.dyad.coding.suite;
