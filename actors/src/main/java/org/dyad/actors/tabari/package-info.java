/** Import of actor and agent dictionaries in the TABARI / PETRARCH / Phoenix format. */
package org.dyad.actors.tabari;
