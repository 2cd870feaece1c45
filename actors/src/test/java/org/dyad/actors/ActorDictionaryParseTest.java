package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A dictionary Dyad refuses names the file and the line of the entry at fault. */
class ActorDictionaryParseTest {
    @Test
    void anEntryWithoutACodeIsRefusedWithItsLineEvenAsTheFilesLastEntry() {
        assertThatThrownBy(() -> ActorDictionary.parse(new StringReader("""
                actor ARN
                  name Arnor
                  code ARN
                actor GON
                  name Gondor
                """), "test.actors.dyad"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.actors.dyad:4")
                .hasMessageContaining("has no code");
    }
}
