/**
 * Language analysis: the adapter over Stanford CoreNLP and Dyad's own rules for coreference and
 * quotations. This is the only package of Dyad that imports {@code edu.stanford.nlp}; everything it
 * returns is an immutable {@link org.dyad.model.AnnotatedDocument}.
 */
package org.dyad.nlp;
