/**
 * Benchmarks: each prints what it measured and the command that reruns it. Speed targets are
 * checked here, never by timed assertions in the test suite.
 */
package org.dyad.bench;
