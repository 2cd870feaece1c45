package org.dyad.ontology;

/**
 * One CAMEO event code: the code with its leading zeros, its two-digit root, its level in the
 * hierarchy (1 root, 2 and 3 below), GDELT QuadClass, Goldstein value and name.
 */
public record CameoCode(String code, String root, int level, int quadClass, double goldstein, String name) {
}
