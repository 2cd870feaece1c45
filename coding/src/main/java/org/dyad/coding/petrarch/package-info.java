/** Readers of PETRARCH's and TABARI's verb dictionaries, whose files Dyad reads unchanged. */
package org.dyad.coding.petrarch;
